/** Cross-cutting web pieces that know no feature: problem+json errors, the one ObjectMapper, request ids. */
package news.akhbar.web;
