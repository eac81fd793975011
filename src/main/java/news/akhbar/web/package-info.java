/**
 * Cross-cutting web pieces that know no feature: problem+json errors, the one ObjectMapper, request ids, and the
 * client address per-client limits key on.
 */
package news.akhbar.web;
