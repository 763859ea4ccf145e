package app.recoup.web.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityOptions;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Properties;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystemProperty;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The application's own logging settings (application.yml on Spring Boot's default logback
 * configuration, as the jar runs; the tests' quiet logback-test.xml is hidden here): a line an
 * activity writes names the case's workflow, a line written while serving a request names the
 * request, in the plain format and in the JSON one.
 */
@ExtendWith(OutputCaptureExtension.class)
class CorrelatedLogsTest {

  private static final Logger log = LoggerFactory.getLogger(CorrelatedLogsTest.class);
  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
  private static final String WORKFLOW_ID = "invoice-INV-7731";

  private final Properties systemProperties = (Properties) System.getProperties().clone();

  @BeforeEach
  void forgetEarlierSpringBootLogging() {
    // Spring Boot sets its logging system properties only where absent and skips a logback it
    // marked as set up: an earlier test's context in this JVM would keep the tests' pattern
    for (LoggingSystemProperty property : LoggingSystemProperty.values()) {
      System.clearProperty(property.getEnvironmentVariableName());
    }
    ((LoggerContext) LoggerFactory.getILoggerFactory()).reset();
  }

  @AfterEach
  void restoreTestLogging() throws Exception {
    // Spring Boot's logging system leaves its patterns as system properties and owns logback now
    System.setProperties(systemProperties);
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    context.reset();
    new ContextInitializer(context).autoConfig();
  }

  @Test
  void aLineAnActivityWritesNamesTheCasesWorkflow(CapturedOutput output) {
    try (ConfigurableApplicationContext app = bootLogging()) {
      runActivityOfWorkflow(WORKFLOW_ID);
    }
    assertThat(lineWith(output, "reminder bounced"))
        .as("an activity's log line in the plain format")
        .contains("[" + WORKFLOW_ID + "] ");
  }

  @Test
  void aLineWrittenWhileServingARequestNamesTheRequest(CapturedOutput output) throws Exception {
    MockHttpServletResponse fromBalancer = new MockHttpServletResponse();
    MockHttpServletResponse forged = new MockHttpServletResponse();
    try (ConfigurableApplicationContext app = bootLogging()) {
      serve("lb-5f2c9a", fromBalancer, request -> log.warn("import rejected: row 3"));
      serve("x\n2026 FAKE LINE", forged, request -> log.warn("portal link expired"));
    }
    assertThat(fromBalancer.getHeader(RequestIdFilter.HEADER)).isEqualTo("lb-5f2c9a");
    assertThat(lineWith(output, "import rejected")).contains("[lb-5f2c9a] ");
    String ownId = forged.getHeader(RequestIdFilter.HEADER);
    assertThat(ownId).as("a header that would break the line is replaced").doesNotContain("FAKE");
    assertThat(lineWith(output, "portal link expired")).contains("[" + ownId + "] ");
  }

  @Test
  void recoupLogFormatEcsWritesOneJsonObjectALineWithTheWorkflowId(CapturedOutput output) {
    try (ConfigurableApplicationContext app = bootLogging("RECOUP_LOG_FORMAT=ecs")) {
      runActivityOfWorkflow(WORKFLOW_ID);
    }
    String line = lineWith(output, "reminder bounced");
    assertThat(line).startsWith("{").endsWith("}");
    assertThat(line)
        .contains("\"WorkflowId\":\"" + WORKFLOW_ID + "\"")
        .contains("\"ActivityType\":\"Bounce\"");
  }

  private static String lineWith(CapturedOutput output, String message) {
    return output
        .getOut()
        .lines()
        .filter(line -> line.contains(message))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no log line with '" + message + "' in:\n" + output.getOut()));
  }

  private static ConfigurableApplicationContext bootLogging(String... properties) {
    return new SpringApplicationBuilder(NothingElse.class)
        .web(WebApplicationType.NONE)
        .resourceLoader(new DefaultResourceLoader(new WithoutTestLogbackConfig()))
        .properties("logging.level.root=warn")
        .properties(properties)
        .run();
  }

  private static void serve(
      String requestId, MockHttpServletResponse response, Consumer<Object> handler)
      throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/imports");
    request.addHeader(RequestIdFilter.HEADER, requestId);
    new RequestIdFilter().doFilter(request, response, (req, res) -> handler.accept(req));
  }

  private static void runActivityOfWorkflow(String workflowId) {
    TestWorkflowEnvironment env =
        TestWorkflowEnvironment.newInstance(
            TestEnvironmentOptions.newBuilder().setInitialTime(START).build());
    try {
      var worker = env.newWorker("logs");
      worker.registerWorkflowImplementationTypes(BouncingWorkflowImpl.class);
      worker.registerActivitiesImplementations(
          (Bounces) () -> LoggerFactory.getLogger(Bounces.class).warn("reminder bounced"));
      env.start();
      env.getWorkflowClient()
          .newWorkflowStub(
              BouncingWorkflow.class,
              WorkflowOptions.newBuilder().setTaskQueue("logs").setWorkflowId(workflowId).build())
          .run();
    } finally {
      env.close();
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class NothingElse {}

  /** The class path as the jar has it: no logback-test.xml, so Spring Boot configures logback. */
  private static final class WithoutTestLogbackConfig extends ClassLoader {
    WithoutTestLogbackConfig() {
      super(CorrelatedLogsTest.class.getClassLoader());
    }

    @Override
    public URL getResource(String name) {
      return name.equals("logback-test.xml") ? null : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      return name.equals("logback-test.xml")
          ? Collections.emptyEnumeration()
          : super.getResources(name);
    }
  }

  @ActivityInterface
  public interface Bounces {
    void bounce();
  }

  @WorkflowInterface
  public interface BouncingWorkflow {
    @WorkflowMethod
    void run();
  }

  public static class BouncingWorkflowImpl implements BouncingWorkflow {
    @Override
    public void run() {
      Workflow.newActivityStub(
              Bounces.class,
              ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofMinutes(1)).build())
          .bounce();
    }
  }
}
