package news.akhbar.fanout;

import io.vertx.core.Future;
import java.util.List;

/** Where missed events are read back from: the store is the truth, the transport only a shortcut. */
public interface History {

  /** Events with id greater than after, in id order, at most limit of them. */
  Future<List<StreamEvent>> after(long after, int limit);

  /** The id of the newest committed event, 0 when there is none. */
  Future<Long> head();
}
