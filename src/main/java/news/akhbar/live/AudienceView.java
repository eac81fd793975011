package news.akhbar.live;

/**
 * How many read a coverage now, across the instances: the editors' answer. {@code instances} counts the instances
 * with readers of it; the readers' {@code audience} event carries the same count without it.
 */
public record AudienceView(String coverageId, long count, int instances) {
}
