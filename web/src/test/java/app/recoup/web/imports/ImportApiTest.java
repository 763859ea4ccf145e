package app.recoup.web.imports;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port with a throw-away embedded PostgreSQL; every import test
 * class shares one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "recoup.database.embedded.data-directory=",
      "spring.temporal.test-server.enabled=true",
      "recoup.admin.email=" + ImportApi.ADMIN,
      "recoup.admin.password=" + ImportApi.PASSWORD,
      "recoup.imports.batch-size=3"
    })
@Import({ImportApi.class, Ledger.class, RecordedInvoiceChanges.class})
@interface ImportApiTest {}
