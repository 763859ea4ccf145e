package app.recoup.web.payments;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The whole application with every payments secret set; one shared context for these tests. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "recoup.database.embedded.data-directory=",
      "recoup.admin.email=owner@example.com",
      "recoup.admin.password=correct horse battery",
      "recoup.webhooks.payments.secret=generic-test-secret",
      "recoup.stripe.webhook-secret=whsec_test_secret",
      "recoup.portal.secret=portal-test-secret-of-at-least-32-bytes",
      "recoup.stripe.api-key=sk_test_recoup",
      "recoup.business.bank-details=IBAN DE00 1234",
      "recoup.payments.sweep-interval=PT1H",
      "recoup.webhooks.unverified-kept=" + PaymentWebhookTest.UNVERIFIED_KEPT
    })
@Import(PublishedEvents.class)
@interface PaymentsApplicationTest {}
