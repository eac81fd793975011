package news.akhbar.editor;

import java.time.Instant;

/** An editor account as listed: never its token or the token's hash. */
public record EditorAccount(String id, String name, String role, Instant createdAt, Instant revokedAt) {
}
