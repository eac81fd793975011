package news.akhbar.article;

/**
 * Who made a write, as the audit trail records it.
 *
 * @param editorId the editor account, or null for the admin token
 * @param name the editor's name ("admin" for the admin token)
 */
public record Author(Long editorId, String name) {

  public static final Author ADMIN = new Author(null, "admin");
}
