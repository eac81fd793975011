package news.akhbar.live;

import news.akhbar.fanout.StreamEvent;

/** What a committed live write produced: the coverage or entry as it now stands, and the event announcing it. */
public record Changed<T>(T view, StreamEvent event) {
}
