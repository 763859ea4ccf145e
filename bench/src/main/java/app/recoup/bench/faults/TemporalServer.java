package app.recoup.bench.faults;

import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;

/**
 * The Temporal SDK's test server bound to a port in a JVM of its own ({@link
 * TestServerWithoutStickiness}). It keeps its workflows in memory: killing it loses every history,
 * which only Recoup's start-up reconciler repairs.
 */
final class TemporalServer {

  private final ChildJvm jvm;
  private final int port;

  TemporalServer(Path folder) throws IOException {
    this.port = ChildJvm.freePort();
    this.jvm =
        new ChildJvm(
            folder.resolve("temporal.log"),
            TestServerWithoutStickiness.class.getName(),
            List.of(Integer.toString(port)));
  }

  int port() {
    return port;
  }

  void start() throws Exception {
    jvm.start();
    for (int i = 0; i < 600; i++) {
      try (Socket ignored = new Socket("127.0.0.1", port)) {
        return;
      } catch (IOException notYet) {
        if (!jvm.isAlive()) {
          throw new IllegalStateException("Temporal test server exited; see " + jvm.log());
        }
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("Temporal test server did not listen on " + port);
  }

  void kill() throws InterruptedException {
    jvm.kill();
  }

  void stop() throws InterruptedException {
    jvm.stop();
  }

  WorkflowServiceStubs connect() {
    return WorkflowServiceStubs.newServiceStubs(
        WorkflowServiceStubsOptions.newBuilder().setTarget("127.0.0.1:" + port).build());
  }
}
