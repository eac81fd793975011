/**
 * Cross-cutting web pieces that know no feature: problem+json errors, the one ObjectMapper, request ids, responses
 * encoded once, HTTP validators, security headers and the site's own origin.
 */
package news.akhbar.web;
