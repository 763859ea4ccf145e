package app.recoup.web.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromedriver, which .ci/run installs) driving the
 * running application. Screenshots land in target/screenshots as test artefacts.
 */
public final class Browser implements AutoCloseable {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final WebDriver driver;
  private final String baseUrl;

  public Browser(int port) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("recoup.chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,900");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                Path.of(System.getProperty("recoup.chromedriver", "/usr/bin/chromedriver"))
                    .toFile())
            .build();
    this.driver = new ChromeDriver(service, options);
    this.driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    this.baseUrl = "http://localhost:" + port;
  }

  public Browser open(String path) {
    driver.get(baseUrl + path);
    return this;
  }

  public Browser logIn(String email, String password) {
    open("/login");
    driver.findElement(By.id("username")).sendKeys(email);
    driver.findElement(By.id("password")).sendKeys(password);
    return navigate(By.cssSelector("#login-form button[type=submit]"));
  }

  /**
   * Clicks something that loads another page and waits until the old page is gone, so what is read
   * next comes from the new one.
   */
  public Browser navigate(By clickable) {
    var element = driver.findElement(clickable);
    element.click();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(page -> detached(element));
    return this;
  }

  /** Chromium reports a node of a replaced page as stale, or as not in the document. */
  private static boolean detached(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (WebDriverException gone) {
      return true;
    }
  }

  /** The size of a common phone, or back to the laptop size the tests start with. */
  public Browser phone(boolean phone) {
    driver.manage().window().setSize(phone ? new Dimension(390, 844) : new Dimension(1280, 900));
    return this;
  }

  /** Whether the page fits the window's width (nothing to scroll sideways). */
  public boolean fitsWidth() {
    return (Boolean)
        ((JavascriptExecutor) driver)
            .executeScript("return document.documentElement.scrollWidth <= window.innerWidth");
  }

  public WebDriver driver() {
    return driver;
  }

  public String text(By by) {
    return driver.findElement(by).getText();
  }

  public void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(
          file,
          SCREENSHOTS.resolve(name + ".png"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new IllegalStateException("Could not keep screenshot " + name, e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
