// Starts Swagger UI on /api/docs with the server's own OpenAPI document. A module file, not an inline script: the
// site's Content-Security-Policy allows scripts from this origin only. swagger-ui-bundle.js (a deferred classic
// script on the page) runs before this module, so SwaggerUIBundle is defined here.
const ui = globalThis.SwaggerUIBundle;
if (ui) {
  ui({
    url: '/api/v1/openapi.yaml',
    dom_id: '#swagger-ui',
    deepLinking: true,
    docExpansion: 'list',   // every operation listed under its tag, each opened on demand
    tryItOutEnabled: false,
    validatorUrl: null,   // no badge fetched from validator.swagger.io: the page asks nothing of other hosts
  });
}
