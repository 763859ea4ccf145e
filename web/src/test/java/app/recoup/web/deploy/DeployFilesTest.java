package app.recoup.web.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.temporal.worker.MetricsType;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The deployment files an operator applies as they are (no Docker or Kubernetes here): the
 * Kubernetes manifests read into the API's typed objects with no unknown field, the compose file,
 * Prometheus and Grafana provisioning parsed, and the dashboard asking only for series Recoup and
 * the Temporal SDK register.
 */
class DeployFilesTest {

  private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
  private static final Path KUBERNETES = REPO.resolve("deploy/kubernetes");
  private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|TOKEN|API_KEY).*");

  @Test
  void kubernetesManifestsAreValidObjectsOfTheApi() throws IOException {
    List<KubernetesResource> resources = kubernetesResources();
    assertThat(resources)
        .extracting(r -> r.getClass().getSimpleName())
        .containsExactlyInAnyOrder("ConfigMap", "Deployment", "Service", "Deployment");
    for (KubernetesResource resource : resources) {
      assertThat(unknownFields(resource, resource.getClass().getSimpleName()))
          .as("fields Kubernetes does not know (a typo is ignored by kubectl apply)")
          .isEmpty();
    }
  }

  @Test
  void webAndWorkerRunTheirRoleWithProbesResourcesAndSecretsFromASecret() throws IOException {
    for (String role : List.of("web", "worker")) {
      Deployment deployment = deployment("recoup-" + role);
      assertThat(deployment.getSpec().getSelector().getMatchLabels())
          .isEqualTo(deployment.getSpec().getTemplate().getMetadata().getLabels());
      Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
      assertThat(container.getEnv())
          .extracting(EnvVar::getName, EnvVar::getValue)
          .contains(org.assertj.core.groups.Tuple.tuple("RECOUP_ROLES", role));
      assertThat(container.getEnvFrom())
          .extracting(from -> from.getSecretRef() == null ? null : from.getSecretRef().getName())
          .contains("recoup-secrets");
      assertThat(container.getEnvFrom())
          .extracting(
              from -> from.getConfigMapRef() == null ? null : from.getConfigMapRef().getName())
          .contains("recoup-config");
      assertThat(container.getEnv())
          .as("secrets come from the Secret, never a value in the manifest")
          .noneMatch(env -> SECRET_NAME.matcher(env.getName()).matches());
      Set<String> ports =
          container.getPorts().stream().map(p -> p.getName()).collect(Collectors.toSet());
      assertProbe(container.getLivenessProbe(), "/actuator/health/liveness", ports);
      assertProbe(container.getReadinessProbe(), "/actuator/health/readiness", ports);
      assertProbe(container.getStartupProbe(), "/actuator/health/liveness", ports);
      assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
      assertThat(container.getResources().getLimits()).containsKey("memory");
    }
    Service web = only(Service.class);
    assertThat(web.getSpec().getSelector())
        .isEqualTo(deployment("recoup-web").getSpec().getTemplate().getMetadata().getLabels());
    ConfigMap config = only(ConfigMap.class);
    assertThat(config.getData().keySet())
        .as("the ConfigMap holds no secret")
        .noneMatch(name -> SECRET_NAME.matcher(name).matches());
    assertThat(config.getData()).containsEntry("SPRING_PROFILES_ACTIVE", "prod");
  }

  @Test
  void composeRunsTheWholeStackOnCurrentTemporalImages() throws IOException {
    Map<String, Map<String, Object>> services = cast(yaml("docker-compose.yml").get("services"));
    assertThat(services.keySet())
        .contains(
            "postgres",
            "temporal",
            "temporal-ui",
            "mailpit",
            "web",
            "worker",
            "prometheus",
            "grafana");
    assertThat(services.get("worker").get("deploy")).isEqualTo(Map.of("replicas", 2));
    assertThat(services.values())
        .extracting(service -> String.valueOf(service.get("image")))
        .as("temporalio/auto-setup is deprecated upstream")
        .noneMatch(image -> image.startsWith("temporalio/auto-setup"));
    for (Map<String, Object> service : services.values()) {
      for (Object volume : (Collection<?>) service.getOrDefault("volumes", List.of())) {
        String source = String.valueOf(volume).split(":")[0];
        if (source.startsWith("./") && !source.endsWith("scrape-token")) {
          assertThat(REPO.resolve(source)).as("mounted into the stack").exists();
        }
      }
    }
    Map<String, Object> prometheus = yaml("deploy/prometheus/prometheus.yml");
    assertThat(prometheus).containsKey("scrape_configs");
  }

  @Test
  void dashboardAsksOnlyForSeriesThatAreRegistered() throws IOException {
    List<Map<String, Object>> datasources =
        cast(yaml("deploy/grafana/provisioning/datasources/prometheus.yml").get("datasources"));
    Object uid = datasources.get(0).get("uid");
    Map<String, Object> dashboard = yaml("deploy/grafana/dashboards/recoup.json");
    List<Map<String, Object>> panels = cast(dashboard.get("panels"));
    Set<String> series = new TreeSet<>();
    for (Map<String, Object> panel : panels) {
      if (panel.get("type").equals("row")) {
        continue;
      }
      assertThat(((Map<?, ?>) panel.get("datasource")).get("uid")).isEqualTo(uid);
      List<Map<String, Object>> targets = cast(panel.get("targets"));
      for (Map<String, Object> target : targets) {
        Matcher names =
            Pattern.compile("\\b(recoup|temporal)_[a-z_]+").matcher((String) target.get("expr"));
        while (names.find()) {
          series.add(names.group());
        }
      }
    }
    String mainSources = mainSources();
    Set<String> temporalMeters = temporalMeterNames();
    assertThat(series)
        .isNotEmpty()
        .allSatisfy(
            name -> {
              String meter =
                  name.replaceFirst("(_seconds)?(_sum|_count|_max|_total|_bucket)?$", "");
              if (name.startsWith("recoup_")) {
                assertThat(mainSources)
                    .as("Recoup registers " + name)
                    .contains('"' + meter.replace('_', '.') + '"');
              } else {
                assertThat(temporalMeters).as("the Temporal SDK registers " + name).contains(meter);
              }
            });
  }

  private static void assertProbe(Probe probe, String path, Set<String> ports) {
    assertThat(probe).as("probe on " + path).isNotNull();
    assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
    assertThat(ports).contains(probe.getHttpGet().getPort().getStrVal());
  }

  private static List<KubernetesResource> kubernetesResources() throws IOException {
    List<KubernetesResource> resources = new ArrayList<>();
    try (Stream<Path> files = Files.list(KUBERNETES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        for (String document : Files.readString(file).split("(?m)^---$")) {
          resources.add(Serialization.unmarshal(document, KubernetesResource.class));
        }
      }
    }
    return resources;
  }

  private static Deployment deployment(String name) throws IOException {
    return kubernetesResources().stream()
        .filter(Deployment.class::isInstance)
        .map(Deployment.class::cast)
        .filter(d -> d.getMetadata().getName().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static <T> T only(Class<T> kind) throws IOException {
    return kubernetesResources().stream()
        .filter(kind::isInstance)
        .map(kind::cast)
        .findFirst()
        .orElseThrow();
  }

  /** Fields the model does not know land in additionalProperties: list them with their path. */
  private static List<String> unknownFields(Object node, String path) {
    List<String> unknown = new ArrayList<>();
    if (node instanceof Collection<?> items) {
      items.forEach(item -> unknown.addAll(unknownFields(item, path + "[]")));
    } else if (node != null
        && node.getClass().getPackageName().startsWith("io.fabric8.kubernetes.api.model")) {
      for (Method getter : node.getClass().getMethods()) {
        if (getter.getParameterCount() > 0
            || Modifier.isStatic(getter.getModifiers())
            || !getter.getName().startsWith("get")
            || getter.getName().equals("getClass")) {
          continue;
        }
        Object value = invoke(getter, node);
        if (getter.getName().equals("getAdditionalProperties")) {
          ((Map<?, ?>) value).keySet().forEach(key -> unknown.add(path + "." + key));
        } else {
          unknown.addAll(unknownFields(value, path + "." + getter.getName().substring(3)));
        }
      }
    }
    return unknown;
  }

  private static Object invoke(Method getter, Object node) {
    try {
      return getter.invoke(node);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(getter.toString(), e);
    }
  }

  private static Set<String> temporalMeterNames() {
    Set<String> names = new TreeSet<>();
    for (Field field : MetricsType.class.getFields()) {
      if (field.getType() == String.class) {
        names.add((String) invokeStatic(field));
      }
    }
    return names;
  }

  private static Object invokeStatic(Field field) {
    try {
      return field.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(field.toString(), e);
    }
  }

  private static String mainSources() throws IOException {
    StringBuilder all = new StringBuilder();
    for (String module : List.of("api", "activities", "ledger", "web", "workflows")) {
      try (Stream<Path> files = Files.walk(REPO.resolve(module).resolve("src/main/java"))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          all.append(Files.readString(file));
        }
      }
    }
    return all.toString();
  }

  private static Map<String, Object> yaml(String file) throws IOException {
    return new Yaml().load(Files.readString(REPO.resolve(file)));
  }

  @SuppressWarnings("unchecked")
  private static <T> T cast(Object value) {
    return (T) value;
  }
}
