package news.akhbar.contract;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/** What the server logged while the fuzzer ran: a list appender on the root logger, drained after each request. */
final class FuzzLog implements AutoCloseable {

  private final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

  FuzzLog() {
    appender.setName("fuzz");
    appender.start();
    root.addAppender(appender);
  }

  /** The events logged since the last call. */
  List<ILoggingEvent> drain() {
    synchronized (appender) {
      List<ILoggingEvent> events = new ArrayList<>(appender.list);
      appender.list.clear();
      return events;
    }
  }

  @Override
  public void close() {
    root.detachAppender(appender);
    appender.stop();
  }
}
