package app.recoup.web.browser;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The base of the tests that drive pages in Chromium: the whole application on a random port with a
 * throw-away database, one test instance for the class (its browsers and data live across its
 * tests), and every browser the class opened closed after its last test. A subclass names its admin
 * (and any other setting) with {@code @TestPropertySource}.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "recoup.database.embedded.data-directory=")
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
