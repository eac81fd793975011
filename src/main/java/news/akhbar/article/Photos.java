package news.akhbar.article;

import io.vertx.core.Future;
import java.util.Optional;

/** Where an article's lead photo is looked up by id before a write names it. */
public interface Photos {

  Future<Optional<Photo>> find(String id);
}
