/**
 * The API contract, served: the OpenAPI 3.1 document (src/main/resources/openapi/akhbar.yaml) as YAML and JSON, and
 * its reference page (Swagger UI, from its webjar). The contract test keeps the document and the routes in line.
 */
package news.akhbar.contract;
