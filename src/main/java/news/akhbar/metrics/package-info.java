/** Prometheus metrics: the product's own meters beside Vert.x's HTTP meters and the JVM's. */
package news.akhbar.metrics;
