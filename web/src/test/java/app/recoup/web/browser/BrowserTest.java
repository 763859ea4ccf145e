package app.recoup.web.browser;

import app.recoup.web.ApplicationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The base of the tests that drive pages in Chromium: the shared application context of {@link
 * ApplicationTest}, one test instance for the class (its browsers and data live across its tests),
 * and every browser the class opened closed after its last test. A subclass that needs a setting of
 * its own names it with {@code @TestPropertySource}, which gives it a context of its own.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

  @LocalServerPort protected int port;

  private final List<Browser> opened = new ArrayList<>();

  /** A new Chromium on the application, closed after the class's last test. */
  protected Browser newBrowser() {
    Browser browser = new Browser(port);
    opened.add(browser);
    return browser;
  }

  @AfterAll
  void closeBrowsers() {
    opened.forEach(Browser::close);
  }
}
