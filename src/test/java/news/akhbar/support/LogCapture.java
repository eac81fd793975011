package news.akhbar.support;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Everything logged (the root logger, so Vert.x's and Netty's lines too) from {@link #start()} until
 * {@link #close()}: to assert what a request leaves in the log, such as no stack trace for a client's mistake.
 */
public final class LogCapture implements AutoCloseable {

  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

  private LogCapture() {
  }

  public static LogCapture start() {
    LogCapture capture = new LogCapture();
    capture.appender.setContext(capture.root.getLoggerContext());
    capture.appender.start();
    capture.root.addAppender(capture.appender);
    return capture;
  }

  /** Each event as "LEVEL logger - message", followed by its stack trace's lines (tab-indented "at …") if it has one. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    for (ILoggingEvent event : events()) {
      lines.add(event.getLevel() + " " + event.getLoggerName() + " - " + event.getFormattedMessage());
      if (event.getThrowableProxy() != null) {
        lines.addAll(List.of(ThrowableProxyUtil.asString(event.getThrowableProxy()).split("\n")));
      }
    }
    return lines;
  }

  /** The throwables attached to the events, in order. */
  public List<IThrowableProxy> throwables() {
    List<IThrowableProxy> throwables = new ArrayList<>();
    for (ILoggingEvent event : events()) {
      if (event.getThrowableProxy() != null) {
        throwables.add(event.getThrowableProxy());
      }
    }
    return throwables;
  }

  private List<ILoggingEvent> events() {
    synchronized (appender) {   // the appender adds under this lock, from the event loops
      return List.copyOf(appender.list);
    }
  }

  @Override
  public void close() {
    root.detachAppender(appender);
    appender.stop();
  }
}
