package dev.ticketbridge.spectrum.consumer;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consumer's progress survives a restart through a FileStateRepository: stopped and started again while Spectrum
 * keeps changing tickets, it delivers every change, and none twice.
 */
class UpdatedTicketsRestartTest extends UpdatedTicketsTestSupport {

    @TempDir
    Path directory;

    @Test
    void restartWithAFileStateRepositoryLosesAndRepeatsNothing() throws Exception {
        File store = directory.resolve("updated-tickets.state").toFile();
        List<String> delivered = new ArrayList<>();
        try (ChangingDesk desk = new ChangingDesk(DESK)) {
            // Node life 1: the test's context.
            context.getRegistry().bind("ticketState", FileStateRepository.fileStateRepository(store));
            startConsumer("stateRepository=#ticketState");
            awaitDeliveries(changes(), 45);
            context.getRouteController().stopRoute("updates");
            delivered.addAll(delivered(changes()));
            context.stop();

            // Spectrum keeps working while nothing polls.
            desk.awaitChanges(desk.changes(), 20);

            // Node life 2: a new context, reading the same file through a new repository.
            try (CamelContext restarted = new DefaultCamelContext()) {
                restarted.addComponent("spectrum-ticketing", component());
                restarted.getRegistry().bind("ticketState", FileStateRepository.fileStateRepository(store));
                restarted.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from(consumerUri("stateRepository=#ticketState")).to("mock:changes");
                    }
                });
                restarted.start();
                MockEndpoint afterRestart = restarted.getEndpoint("mock:changes", MockEndpoint.class);
                desk.awaitChanges(desk.changes(), 20);
                desk.close();
                Set<String> latest = desk.latestChanges();
                awaitAll(afterRestart, delivered, latest);
                delivered.addAll(delivered(afterRestart));

                assertThat(new HashSet<>(delivered)).containsAll(latest);
                assertThat(delivered).doesNotHaveDuplicates();
                assertThat(delivered(afterRestart)).isNotEmpty();
            }
        }
    }

    private static void awaitDeliveries(MockEndpoint endpoint, int count) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (endpoint.getReceivedCounter() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    private static void awaitAll(MockEndpoint endpoint, List<String> before, Set<String> latest)
            throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            Set<String> all = new HashSet<>(before);
            all.addAll(delivered(endpoint));
            if (all.containsAll(latest)) {
                return;
            }
            Thread.sleep(10);
        }
    }
}
