package app.recoup.web;

import app.recoup.web.imports.ImportApi;
import app.recoup.web.imports.Ledger;
import app.recoup.web.imports.RecordedInvoiceChanges;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on its local profile, on a random port with a throw-away database, one
 * admin, every vendor's secret set and MockMvc beside the real server. Every test class carrying it
 * shares one application context per test JVM (Spring's context cache keys a context by its
 * settings), so a setting one test needs goes here, not on the test, unless it would change what
 * the other tests see (a calendar, time skipping, an empty ledger): such a test keeps a context of
 * its own and says why. The tests share the database: each makes its own customers, invoices and
 * people, and never counts what the whole ledger holds.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest(
    classes = RecoupApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "recoup.database.embedded.data-directory=",
      "recoup.admin.email=" + ApplicationTest.ADMIN,
      "recoup.admin.password=" + ApplicationTest.PASSWORD,
      "recoup.twilio.auth-token=" + ApplicationTest.TWILIO_TOKEN,
      "recoup.temporal.ui-url=http://temporal-ui.example:8233/",
      "recoup.portal.secret=portal-test-secret-of-at-least-32-bytes",
      // no Stripe key: the portal offers these bank details instead of card payment
      "recoup.business.bank-details=" + ApplicationTest.BANK_DETAILS,
      // small batches, so that an import of a few rows is written in several
      "recoup.imports.batch-size=3"
    })
@AutoConfigureMockMvc
@Import({ImportApi.class, Ledger.class, RecordedInvoiceChanges.class})
public @interface ApplicationTest {

  String ADMIN = "boss@example.com";
  String PASSWORD = "admin-password-1";
  String TWILIO_TOKEN = "12345678901234567890123456789012";
  String BANK_DETAILS = "Acme Ltd, IBAN DE02 1203 0000 0000 2020 51";
}
