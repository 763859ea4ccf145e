package app.recoup.bench.faults;

import io.grpc.ForwardingServerCallListener;
import io.grpc.Grpc;
import io.grpc.InsecureServerCredentials;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerBuilder;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.temporal.api.workflowservice.v1.RespondWorkflowTaskCompletedRequest;
import io.temporal.internal.testservice.GRPCServerHelper;
import io.temporal.internal.testservice.TestServicesStarter;
import java.util.List;

/**
 * The SDK's test server on a port, as {@code io.temporal.testserver.TestServer} runs it, except
 * that it never keeps a workflow on a worker's sticky task queue.
 *
 * <p>Why: a worker asks for its workflows' next tasks on a queue of its own (sticky). A real
 * Temporal server moves such a task to the workflow's task queue when nobody takes it within the
 * sticky schedule-to-start timeout (5 s), so a worker killed with SIGKILL only delays its
 * workflows. The test server has no such timeout: after the kill, every workflow that worker had
 * cached waits on the dead worker's queue for ever, its timers, signals and Workflow Updates with
 * it (the "hung updates" of earlier runs, which a restarted Recoup could not repair). Dropping the
 * sticky request is what the real server does after its timeout, done at once.
 */
public final class TestServerWithoutStickiness {

  private TestServerWithoutStickiness() {}

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    TestServicesStarter services = new TestServicesStarter(true, 0);
    ServerBuilder<?> builder =
        Grpc.newServerBuilderForPort(port, InsecureServerCredentials.create());
    GRPCServerHelper.registerServicesAndHealthChecks(
        services.getServices(), builder, List.of(new NoStickyQueues()));
    Server server = builder.build().start();
    server.awaitTermination();
  }

  /** Clears the sticky attributes a worker sends with each completed workflow task. */
  private static final class NoStickyQueues implements ServerInterceptor {

    @Override
    public <Q, A> ServerCall.Listener<Q> interceptCall(
        ServerCall<Q, A> call, Metadata headers, ServerCallHandler<Q, A> next) {
      return new ForwardingServerCallListener.SimpleForwardingServerCallListener<>(
          next.startCall(call, headers)) {
        @Override
        @SuppressWarnings("unchecked")
        public void onMessage(Q message) {
          if (message instanceof RespondWorkflowTaskCompletedRequest completed
              && completed.hasStickyAttributes()) {
            super.onMessage((Q) completed.toBuilder().clearStickyAttributes().build());
          } else {
            super.onMessage(message);
          }
        }
      };
    }
  }
}
