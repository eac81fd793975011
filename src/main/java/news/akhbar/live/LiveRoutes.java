package news.akhbar.live;

import io.vertx.ext.web.Router;
import news.akhbar.editor.EditorGate;
import news.akhbar.fanout.FanOut;
import news.akhbar.latest.ReadGate;

/**
 * Everything live coverage's routes share across event loops, and the one call that mounts them: the editors'
 * writes ({@link LiveDeskRoutes}), the readers' JSON reads ({@link LiveReadRoutes}) and the editors' audience count
 * ({@link AudienceRoutes}). The stream narrowed to one
 * coverage is the ticker's topic filter ({@code /api/v1/stream?coverage=<id>}).
 */
public record LiveRoutes(CoverageStore coverages, EntryStore entries, LiveReadStore reads, EditorGate gate,
                         FanOut fanOut, ReadGate readGate, int bodyLimitBytes,
                         AudienceRoutes audience) {

  public void mount(Router router) {
    new LiveDeskRoutes(coverages, entries, gate, fanOut, bodyLimitBytes).mount(router);
    new LiveReadRoutes(reads, readGate).mount(router);
    audience.mount(router);
  }
}
