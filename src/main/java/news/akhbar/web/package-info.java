/**
 * Cross-cutting web pieces that know no feature: the front door (one dispatcher over the routes that answer from
 * memory before the router), problem+json errors, JSON request bodies, request ids, responses encoded once, HTTP
 * validators, security headers, the site's own origin, the client address per-client limits key on, and the
 * request-head timeout.
 */
package news.akhbar.web;
