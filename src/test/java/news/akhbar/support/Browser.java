package news.akhbar.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the system packages (/usr/bin/chromium driven by /usr/bin/chromedriver), with a fresh
 * profile each time and nothing fetched from the network: never a driver download, no sync, no updates.
 */
public final class Browser implements AutoCloseable {

  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  // Held so the setting stays: Selenium warns on every start that it has no CDP bindings for this Chromium.
  private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

  static {
    SELENIUM_LOG.setLevel(Level.SEVERE);
  }

  private final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  public static Browser start() {
    return start(1280, 900);
  }

  public static Browser start(int width, int height) {
    return start(width, height, true);
  }

  /** A browser whose pages run no script at all, as some readers and most link-preview crawlers have it. */
  public static Browser withoutJavaScript() {
    return start(1280, 900, false);
  }

  private static Browser start(int width, int height, boolean javaScript) {
    if (System.getProperty("webdriver.chrome.driver") == null) {
      System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    }
    Path profile;
    try {
      profile = Files.createTempDirectory("akhbar-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
    if (!javaScript) {
      options.addArguments("--blink-settings=scriptEnabled=false");
      options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
    }
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    return new Browser(new ChromeDriver(options), profile);
  }

  public ChromeDriver driver() {
    return driver;
  }

  /** Waits for a condition, polling; never a fixed sleep. An element replaced while polled is simply polled again. */
  public WebDriverWait waiting(int seconds) {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
    wait.pollingEvery(Duration.ofMillis(100)).ignoring(StaleElementReferenceException.class);
    return wait;
  }

  /**
   * Scrolls the first image matching {@code selector} into view (a lazy one starts loading then) and waits until it
   * has loaded with real pixels.
   */
  public void awaitLoadedImage(String selector, int seconds) {
    waiting(seconds).until(d -> Boolean.TRUE.equals(driver.executeScript("const i = document.querySelector("
        + "arguments[0]); i.scrollIntoView(); return i.complete && i.naturalWidth > 0;", selector)));
  }

  /** A phone's viewport: the page's meta viewport applies, as on a real phone. */
  /** A browser the size of a phone screen, which also tells pages it is a mobile device. */
  public static Browser phone(int width, int height) {
    Browser browser = start(width, height);
    browser.emulatePhone(width, height);
    return browser;
  }

  public void emulatePhone(int width, int height) {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 2, "mobile", true));
  }

  /** Saves what the viewport shows to target/screenshots/name. */
  public Path screenshot(String name) {
    try {
      Path file = Path.of("target", "screenshots", name);
      Files.createDirectories(file.getParent());
      return Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The page's console since the last call: for failure messages. */
  public String console() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(LogEntry::toString).collect(Collectors.joining("\n"));
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      TestFiles.deleteTree(profile);
    }
  }
}
