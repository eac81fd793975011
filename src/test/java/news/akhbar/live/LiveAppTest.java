package news.akhbar.live;

import io.vertx.core.json.JsonObject;
import news.akhbar.support.AppTest;
import org.junit.jupiter.api.BeforeEach;

/** The real app with one article already covered live: the desk to write to it, and the coverage as started. */
abstract class LiveAppTest extends AppTest {

  protected LiveDesk desk;
  protected JsonObject coverage;
  protected String coverageId;

  @BeforeEach
  void startCoverage() {
    desk = new LiveDesk(app);
    coverage = desk.coverage("تغطية مباشرة");
    coverageId = coverage.getString("id");
  }
}
