package news.akhbar.photo;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import java.util.List;
import java.util.Optional;
import news.akhbar.article.Author;
import news.akhbar.article.Photo;
import news.akhbar.article.Photos;

/**
 * Where photos and their sizes are kept. PostgreSQL by default ({@link PostgresPhotoStore}: no extra service, backed
 * up with the articles); a deployment with many photos would put an S3-compatible object store behind this same
 * interface (the bytes there, the texts and sizes in PostgreSQL). Stored photos never change: their URLs are
 * cached forever.
 */
public interface PhotoStorage extends Photos {

  /** Keeps the photo; storing the same id again keeps the first and answers it. */
  Future<Photo> save(NewPhoto photo);

  /** One size's JPEG bytes, if that photo has that width. */
  Future<Optional<Buffer>> size(String id, int width);

  /** Whether that photo has that width (a conditional request is answered without reading the bytes). */
  Future<Boolean> has(String id, int width);

  /**
   * Deletes the photo with its sizes, and records who did it, unless something shows it: then nothing changes and
   * the uses come back. Null when there is no such photo; an empty list when it is deleted.
   */
  Future<List<PhotoUse>> delete(String id, Author by);
}
