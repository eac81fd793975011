/** The one ObjectMapper every JSON body in and out goes through (ISO-8601 times, strict on unknown fields). */
package news.akhbar.json;
