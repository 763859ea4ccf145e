package app.recoup.web.outbound;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.recoup.api.outbound.EndpointDraft;
import app.recoup.api.outbound.WebhookDispatcher;
import app.recoup.api.outbound.WebhookEndpointSettings;
import app.recoup.api.process.CommandRefused;
import app.recoup.ledger.cases.CollectionCases;
import app.recoup.ledger.outbound.WebhookDeliveries;
import app.recoup.ledger.outbound.WebhookDeliveries.DeliveryLine;
import app.recoup.ledger.outbound.WebhookEndpoints;
import app.recoup.ledger.tasks.HumanTasks;
import app.recoup.ledger.testing.TestDatabase;
import app.recoup.ledger.timeline.Timeline;
import app.recoup.web.cases.SettableClock;
import app.recoup.workflows.vocabulary.TimelineEventType;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Outbound webhooks against a local HTTP server that fails on demand: what a subscriber receives,
 * verified with an HMAC computed here; retries with back-off on a clock the test moves; disabling
 * after persistent failure; replay; and a deliverer that dies mid-delivery.
 */
class WebhookDeliveryTest {

  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
  private static final String PATH = "/hooks/catch/123/s3cr3t-path/";

  @RegisterExtension static final TestDatabase DATABASE = TestDatabase.migrated();

  private static final WireMockServer RECEIVER =
      new WireMockServer(WireMockConfiguration.options().dynamicPort());
  private static final SettableClock CLOCK = new SettableClock(START);
  private static AnnotationConfigApplicationContext context;

  private final JsonMapper json = JsonMapper.builder().build();
  private JdbcClient jdbc;
  private WebhookEndpointSettings settings;
  private WebhookDispatcher dispatcher;
  private Timeline timeline;
  private CollectionCases cases;

  @Configuration
  @EnableTransactionManagement
  @Import({
    WebhookEndpoints.class,
    WebhookDeliveries.class,
    HumanTasks.class,
    Timeline.class,
    CollectionCases.class,
    WebhookEndpointSettings.class,
    WebhookDispatcher.class
  })
  static class Wiring {

    @Bean
    DataSource dataSource() {
      return DATABASE.dataSource();
    }

    @Bean
    JdbcTemplate jdbcTemplate(DataSource dataSource) {
      return new JdbcTemplate(dataSource);
    }

    @Bean
    JdbcClient jdbcClient(JdbcTemplate template) {
      return JdbcClient.create(template);
    }

    @Bean
    JdbcTransactionManager transactionManager(DataSource dataSource) {
      return new JdbcTransactionManager(dataSource);
    }

    @Bean
    Clock clock() {
      return CLOCK;
    }
  }

  @BeforeAll
  static void startReceiverAndRecoup() {
    RECEIVER.start();
    context = new AnnotationConfigApplicationContext();
    context
        .getEnvironment()
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "test",
                Map.of(
                    "recoup.outbound-webhooks.allow-plain-http", "true",
                    "recoup.outbound-webhooks.timeout", "PT0.5S",
                    "recoup.outbound-webhooks.first-retry", "PT5S",
                    "recoup.outbound-webhooks.longest-retry", "PT10M",
                    "recoup.outbound-webhooks.disable-after-failures", "3",
                    "recoup.outbound-webhooks.disable-after", "PT1H")));
    context.register(Wiring.class);
    context.refresh();
  }

  @AfterAll
  static void stop() {
    context.close();
    RECEIVER.stop();
  }

  @BeforeEach
  void freshEndpoints() {
    jdbc = DATABASE.jdbc();
    jdbc.sql("delete from webhook_endpoint").update();
    RECEIVER.resetAll();
    CLOCK.set(START);
    settings = context.getBean(WebhookEndpointSettings.class);
    dispatcher = context.getBean(WebhookDispatcher.class);
    timeline = context.getBean(Timeline.class);
    cases = context.getBean(CollectionCases.class);
  }

  @Test
  void aSubscriberReceivesTheEventsItAskedForSignedAsStandardWebhooksSays() throws Exception {
    RECEIVER.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(204)));
    String secret = register(List.of("case.opened", "touch.sent"));

    long caseId = openCase("INV-100", "120.50");
    timeline.append(
        caseId, START, "recoup", TimelineEventType.TOUCH_SENT, "Reminder 1 by EMAIL", null);
    timeline.append(
        caseId, START, "customer", TimelineEventType.REPLY_RECEIVED, "We pay Friday", null);
    CLOCK.set(START.plusSeconds(2));

    assertThat(dispatcher.deliverDue()).as("deliveries sent").isEqualTo(2);

    // sent side by side: subscribers order events by their timestamp, not by arrival
    List<LoggedRequest> received =
        received().stream().sorted(Comparator.comparing(this::type)).toList();
    assertThat(received).extracting(this::type).containsExactly("case.opened", "touch.sent");
    for (LoggedRequest request : received) {
      assertSignedWith(secret, request);
      assertThat(request.getHeader("webhook-timestamp"))
          .isEqualTo(Long.toString(START.plusSeconds(2).getEpochSecond()));
      assertThat(request.getHeader("content-type")).startsWith("application/json");
    }
    assertThat(received.get(0).getHeader("webhook-id"))
        .isNotEqualTo(received.get(1).getHeader("webhook-id"));
    JsonNode touch = json.readTree(received.get(1).getBodyAsString());
    assertThat(touch.get("timestamp").asString()).isEqualTo(START.toString());
    JsonNode data = touch.get("data");
    assertThat(data.get("case_id").asLong()).isEqualTo(caseId);
    assertThat(data.get("invoice_number").asString()).isEqualTo("INV-100");
    assertThat(data.get("balance").asString()).isEqualTo("120.5");
    assertThat(data.get("currency").asString()).isEqualTo("EUR");
    assertThat(data.get("details").asString()).isEqualTo("Reminder 1 by EMAIL");

    List<DeliveryLine> log = settings.deliveries(onlyEndpoint());
    assertThat(log).extracting(DeliveryLine::status).containsOnly("DELIVERED");
    assertThat(log).extracting(DeliveryLine::lastStatusCode).containsOnly(204);
    assertThat(log).extracting(DeliveryLine::attempts).containsOnly(1);
  }

  @Test
  void anEventIsQueuedOnlyWithTheTimelineEventThatAnnouncesIt() {
    RECEIVER.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)));
    register(List.of("touch.sent"));
    long caseId = openCase("INV-101", "50.00");
    TransactionTemplate transaction =
        new TransactionTemplate(context.getBean(PlatformTransactionManager.class));

    assertThatThrownBy(
            () ->
                transaction.executeWithoutResult(
                    status -> {
                      timeline.append(
                          caseId,
                          START,
                          "recoup",
                          TimelineEventType.TOUCH_SENT,
                          "rolled back",
                          null);
                      throw new IllegalStateException("the sender's transaction failed");
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(dispatcher.deliverDue()).as("deliveries of a rolled-back event").isZero();
    assertThat(RECEIVER.getAllServeEvents()).isEmpty();
  }

  @Test
  void aFailedDeliveryIsRetriedWithBackOffUnderTheSameWebhookId() throws Exception {
    RECEIVER.stubFor(
        post(urlEqualTo(PATH))
            .inScenario("flaky")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(500))
            .willSetStateTo("slow"));
    RECEIVER.stubFor(
        post(urlEqualTo(PATH))
            .inScenario("flaky")
            .whenScenarioStateIs("slow")
            .willReturn(aResponse().withStatus(200).withFixedDelay(1500))
            .willSetStateTo("reset"));
    RECEIVER.stubFor(
        post(urlEqualTo(PATH))
            .inScenario("flaky")
            .whenScenarioStateIs("reset")
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
            .willSetStateTo("well"));
    RECEIVER.stubFor(
        post(urlEqualTo(PATH))
            .inScenario("flaky")
            .whenScenarioStateIs("well")
            .willReturn(aResponse().withStatus(202)));
    String secret = register(List.of("case.opened"));
    openCase("INV-102", "80.00");

    assertThat(sentAt(START)).as("first attempt").isEqualTo(1);
    assertThat(sentAt(START.plusSeconds(4))).as("before the 5 s back-off").isZero();
    assertThat(sentAt(START.plusSeconds(5))).as("second attempt (times out)").isEqualTo(1);
    assertThat(sentAt(START.plusSeconds(14))).as("before the 10 s back-off").isZero();
    assertThat(sentAt(START.plusSeconds(15))).as("third attempt (reset)").isEqualTo(1);
    assertThat(sentAt(START.plusSeconds(34))).as("before the 20 s back-off").isZero();
    assertThat(sentAt(START.plusSeconds(35))).as("fourth attempt").isEqualTo(1);
    assertThat(sentAt(START.plusSeconds(3600))).as("after delivery").isZero();

    List<LoggedRequest> received = received();
    assertThat(received)
        .extracting(request -> request.getHeader("webhook-id"))
        .hasSize(4)
        .containsOnly(received.get(0).getHeader("webhook-id"));
    assertThat(received)
        .extracting(request -> request.getHeader("webhook-timestamp"))
        .containsExactly(
            seconds(START),
            seconds(START.plusSeconds(5)),
            seconds(START.plusSeconds(15)),
            seconds(START.plusSeconds(35)));
    for (LoggedRequest request : received) {
      assertSignedWith(secret, request);
    }
    long endpoint = onlyEndpoint();
    DeliveryLine line = settings.deliveries(endpoint).get(0);
    assertThat(line.status()).isEqualTo("DELIVERED");
    assertThat(line.attempts()).isEqualTo(4);
    var attempts = settings.attempts(endpoint, line.id());
    assertThat(attempts).extracting(a -> a.statusCode()).containsExactly(500, null, null, 202);
    assertThat(attempts)
        .extracting(a -> a.nextAttemptAt())
        .containsExactly(START.plusSeconds(5), START.plusSeconds(15), START.plusSeconds(35), null);
    assertThat(attempts.get(1).error()).containsIgnoringCase("timed out");
    assertThat(settings.find(endpoint).consecutiveFailures())
        .as("failures after the success")
        .isZero();
  }

  @Test
  void anEndpointFailingPersistentlyIsDisabledAndAnAdminGetsATask() {
    RECEIVER.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(503)));
    register(List.of("case.opened"));
    openCase("INV-103", "10.00");
    long endpoint = onlyEndpoint();

    Instant at = START;
    while (settings.find(endpoint).enabled() && at.isBefore(START.plus(Duration.ofHours(3)))) {
      sentAt(at);
      DeliveryLine line = settings.deliveries(endpoint).get(0);
      if (settings.find(endpoint).enabled()) {
        assertThat(line.nextAttemptAt()).isAfter(at);
        at = line.nextAttemptAt();
      }
    }

    var disabled = settings.find(endpoint);
    assertThat(disabled.enabled()).as("enabled after failing for over an hour").isFalse();
    assertThat(disabled.disabledReason()).contains("consecutive failed attempts");
    assertThat(at)
        .as("disabled once failing for an hour, not at the third failure")
        .isAfterOrEqualTo(START.plus(Duration.ofHours(1)))
        .isBefore(START.plus(Duration.ofHours(1)).plus(Duration.ofMinutes(10)));
    List<String> tasks =
        jdbc.sql("select title from human_task where kind = 'webhook.disabled' and status = 'OPEN'")
            .query(String.class)
            .list();
    assertThat(tasks).hasSize(1);
    assertThat(tasks.get(0)).contains("localhost").doesNotContain("s3cr3t-path");

    int sent = RECEIVER.getAllServeEvents().size();
    assertThat(sentAt(at.plus(Duration.ofHours(5)))).as("sent to a disabled endpoint").isZero();
    assertThat(RECEIVER.getAllServeEvents()).hasSize(sent);

    RECEIVER.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)));
    settings.update(endpoint, new EndpointDraft(url(), "", List.of("case.opened"), null, true));
    assertThat(sentAt(at.plus(Duration.ofHours(5)))).as("sent once enabled again").isEqualTo(1);
    assertThat(settings.deliveries(endpoint).get(0).status()).isEqualTo("DELIVERED");
  }

  @Test
  void aReplayedDeliveryIsSentAgainUnderItsIdWithItsBody() throws Exception {
    RECEIVER.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)));
    String secret = register(List.of("case.opened"));
    openCase("INV-104", "42.00");
    sentAt(START);
    long endpoint = onlyEndpoint();
    long delivery = settings.deliveries(endpoint).get(0).id();

    settings.replay(endpoint, delivery);
    assertThat(sentAt(START.plusSeconds(60))).as("replayed").isEqualTo(1);

    List<LoggedRequest> received = received();
    assertThat(received).hasSize(2);
    assertThat(received.get(1).getHeader("webhook-id"))
        .isEqualTo(received.get(0).getHeader("webhook-id"));
    assertThat(received.get(1).getBodyAsString()).isEqualTo(received.get(0).getBodyAsString());
    assertSignedWith(secret, received.get(1));
    assertThat(settings.attempts(endpoint, delivery)).hasSize(2);
    assertThatThrownBy(() -> settings.replay(endpoint, delivery + 1000))
        .isInstanceOf(CommandRefused.class)
        .hasMessageContaining("no delivery");
  }

  @Test
  void aDeliveryClaimedByADelivererThatDiedIsSentOnceItsLeaseRunsOut() {
    RECEIVER.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)));
    register(List.of("case.opened"));
    openCase("INV-105", "42.00");
    // another replica claims it and dies before it records an outcome
    assertThat(context.getBean(WebhookDeliveries.class).claim(START, Duration.ofSeconds(30), 10))
        .hasSize(1);

    assertThat(sentAt(START.plusSeconds(29))).as("sent while the dead claim holds").isZero();
    assertThat(sentAt(START.plusSeconds(30))).as("sent once the claim ran out").isEqualTo(1);
    assertThat(sentAt(START.plusSeconds(90))).as("sent again after delivery").isZero();
    assertThat(received()).hasSize(1);
  }

  @Test
  void anEndpointIsRefusedFieldByFieldWhenItsUrlTypesOrSecretAreWrong() {
    assertThatThrownBy(
            () ->
                settings.create(
                    new EndpointDraft(
                        "ftp://example.com/x",
                        "",
                        List.of("case.opened", "invoice.eaten"),
                        "whsec_short",
                        null),
                    "admin@example.com"))
        .isInstanceOfSatisfying(
            CommandRefused.class,
            refused ->
                assertThat(refused.fields())
                    .extracting(field -> field.field() + ": " + field.message())
                    .containsExactly(
                        "url: must be an http:// or https:// URL with a host",
                        "eventTypes: unknown invoice.eaten; the types are case.opened, touch.sent,"
                            + " reply.received, promise.made, promise.broken, dispute.opened,"
                            + " dispute.resolved, payment.applied, case.closed, task.opened",
                        "secret: must be whsec_ followed by the base64 of 24 to 64 bytes"));
  }

  private String register(List<String> types) {
    return settings
        .create(new EndpointDraft(url(), "n8n", types, null, null), "admin@example.com")
        .secret();
  }

  private static String url() {
    return "http://localhost:" + RECEIVER.port() + PATH;
  }

  private long onlyEndpoint() {
    return settings.all().get(0).id();
  }

  private long openCase(String number, String balance) {
    long customer =
        jdbc.sql("insert into customer (name) values ('Acme " + number + "') returning id")
            .query(Long.class)
            .single();
    long invoice =
        jdbc.sql(
                """
                insert into invoice (number, customer_id, currency, total, issue_date, due_date)
                values (?, ?, 'EUR', ?::numeric, date '2026-01-01', date '2026-02-01') returning id
                """)
            .params(number, customer, balance)
            .query(Long.class)
            .single();
    return cases.openIfAbsent(invoice, "invoice-" + number).orElseThrow();
  }

  private int sentAt(Instant now) {
    CLOCK.set(now);
    return dispatcher.deliverDue();
  }

  private List<LoggedRequest> received() {
    return RECEIVER.findAll(postRequestedFor(urlEqualTo(PATH)));
  }

  private String type(LoggedRequest request) {
    return json.readTree(request.getBodyAsString()).get("type").asString();
  }

  private static String seconds(Instant at) {
    return Long.toString(at.getEpochSecond());
  }

  /** Verifies as a subscriber would; the header may list several signatures. */
  private static void assertSignedWith(String secret, LoggedRequest request) throws Exception {
    assertThat(secret).startsWith("whsec_");
    assertThat(List.of(request.getHeader("webhook-signature").split(" ")))
        .as("signatures of %s", request.getHeader("webhook-id"))
        .contains(ReceivedSignature.expected(secret, request));
  }
}
