package news.akhbar.latest;

/**
 * What a reader asks of the latest list: newest first, optional filters, and a keyset cursor.
 *
 * @param before null for the first page, else the cursor of the last item already seen
 */
public record ListQuery(int limit, String topic, String lang, Boolean breaking, Cursor before) {

  public static ListQuery latest(int limit) {
    return new ListQuery(limit, null, null, null, null);
  }
}
