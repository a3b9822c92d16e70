package dev.ticketbridge.spectrum.consumer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.impl.cluster.ClusteredRoutePolicy;
import org.apache.camel.spi.StateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes, one lock: with Camel's cluster service only the leader's consumer polls, and when the leader stops the
 * other node takes over from the shared state, while Spectrum keeps changing tickets, losing and repeating nothing.
 */
class UpdatedTicketsClusterTest extends UpdatedTicketsTestSupport {

    @TempDir
    Path lockDirectory;

    @Test
    void onlyTheLeaderPollsAndTheOtherNodeTakesOverWithoutLoss() throws Exception {
        // Each node has its own repository instance on the shared file system, beside the cluster lock.
        Path stateFile = lockDirectory.resolve("updated-tickets.state");
        List<String> deliveredByA = Collections.synchronizedList(new ArrayList<>());
        List<String> deliveredByB = Collections.synchronizedList(new ArrayList<>());
        try (ChangingDesk desk = new ChangingDesk(DESK);
             CamelContext nodeA = node("node-a", new SharedFileStateRepository(stateFile), deliveredByA);
             CamelContext nodeB = node("node-b", new SharedFileStateRepository(stateFile), deliveredByB)) {
            nodeA.start();
            await(() -> isPolling(nodeA), "node-a leads");
            nodeB.start();
            await(() -> deliveredByA.size() >= 40, "node-a delivers");

            assertThat(isPolling(nodeB)).as("node-b stands by").isFalse();
            assertThat(deliveredByB).isEmpty();

            nodeA.stop();
            await(() -> isPolling(nodeB), "node-b takes over");
            desk.awaitChanges(desk.changes(), 20);
            desk.close();
            Set<String> latest = desk.latestChanges();
            await(() -> union(deliveredByA, deliveredByB).containsAll(latest), "every change delivered");

            List<String> all = new ArrayList<>(deliveredByA);
            all.addAll(deliveredByB);
            assertThat(all).doesNotHaveDuplicates();
            assertThat(deliveredByB).isNotEmpty();
        }
    }

    private CamelContext node(String name, StateRepository<String, String> state, List<String> sink)
            throws Exception {
        DefaultCamelContext node = new DefaultCamelContext();
        node.getCamelContextExtension().setName(name);
        node.addComponent("spectrum-ticketing", component());
        node.getRegistry().bind("ticketState", state);

        FileLockClusterService cluster = new FileLockClusterService();
        cluster.setId(name);
        cluster.setRoot(lockDirectory.toString());
        cluster.setAcquireLockDelay(10, TimeUnit.MILLISECONDS);
        cluster.setAcquireLockInterval(200, TimeUnit.MILLISECONDS);
        // A busy build machine may delay the leader's heartbeat; this keeps the follower from calling it dead.
        cluster.setHeartbeatTimeoutMultiplier(20);
        node.addService(cluster);

        ClusteredRoutePolicy policy = ClusteredRoutePolicy.forNamespace(cluster, "spectrum-updated-tickets");
        policy.setInitialDelay(Duration.ZERO);
        node.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(consumerUri("stateRepository=#ticketState")).routeId("updates").routePolicy(policy)
                        .process(exchange -> sink.add(change(exchange)));
            }
        });
        return node;
    }

    private static boolean isPolling(CamelContext node) {
        return node.getRouteController().getRouteStatus("updates") == ServiceStatus.Started;
    }

    private static Set<String> union(List<String> a, List<String> b) {
        Set<String> all = new HashSet<>();
        synchronized (a) {
            all.addAll(a);
        }
        synchronized (b) {
            all.addAll(b);
        }
        return all;
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            Thread.sleep(10);
        }
    }
}
