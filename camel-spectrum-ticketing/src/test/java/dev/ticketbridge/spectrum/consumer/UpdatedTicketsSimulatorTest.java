package dev.ticketbridge.spectrum.consumer;

import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.ticketbridge.spectrum.SpectrumTicketingComponent;
import dev.ticketbridge.spectrum.SpectrumTicketingConstants;
import dev.ticketbridge.spectrum.model.Ticket;
import dev.ticketbridge.spectrum.model.TicketNote;
import dev.ticketbridge.spectrum.simulator.SimulatedTicket;
import dev.ticketbridge.spectrum.simulator.SpectrumSimulator;
import dev.ticketbridge.spectrum.simulator.SpectrumSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end against the Spectrum simulator: its support desk keeps adding notes, asking for attention, resolving
 * and closing tickets while the consumer runs, is stopped, and starts again in a new context from a
 * FileStateRepository. Every change and every note arrives, none more often than Spectrum wrote it.
 */
class UpdatedTicketsSimulatorTest {

    @RegisterExtension
    static SpectrumSimulatorExtension simulator = SpectrumSimulatorExtension.builder()
            .resetBetweenTests(true)
            .build();

    @TempDir
    Path directory;

    private final List<String> changes = Collections.synchronizedList(new ArrayList<>());
    private final List<String> newNotes = Collections.synchronizedList(new ArrayList<>());

    @Test
    void restartWhileTheSupportDeskKeepsWorkingLosesAndRepeatsNothing() throws Exception {
        SpectrumSimulator spectrum = simulator.simulator();
        spectrum.generateTickets(spectrum.defaultOrganization(), 200, 42);
        long horizon = Instant.now().getEpochSecond() - 600;
        File store = directory.resolve("updated-tickets.state").toFile();

        try (BusyDesk desk = new BusyDesk(spectrum)) {
            try (CamelContext first = node(store)) {
                first.start();
                await(() -> changes.size() >= 30, "the first life delivers");
            }
            desk.awaitActions(20);
            try (CamelContext second = node(store)) {
                second.start();
                desk.awaitActions(20);
                desk.close();
                Set<String> expected = latestChangesSince(spectrum, horizon);
                Map<String, Long> expectedNotes = notesSince(spectrum, horizon);
                await(() -> snapshot(changes).containsAll(expected)
                            && snapshot(newNotes).containsAll(expectedNotes.keySet()), "every change delivered");

                assertThat(changes).doesNotHaveDuplicates();
                // The desk may write the same text twice in one second: then the ticket has two such notes, and
                // each may be listed once, never more.
                counts(newNotes).forEach((note, count) -> assertThat(count).as(note)
                        .isLessThanOrEqualTo(expectedNotes.getOrDefault(note, 0L)));
            }
        }
    }

    private CamelContext node(File store) throws Exception {
        DefaultCamelContext node = new DefaultCamelContext();
        SpectrumTicketingComponent component = new SpectrumTicketingComponent();
        component.getConfiguration().setBaseUrl(simulator.baseUrl());
        component.getConfiguration().setTokenUrl(simulator.tokenUrl());
        component.getConfiguration().setClientId(simulator.clientId());
        component.getConfiguration().setClientSecret(simulator.clientSecret());
        node.addComponent("spectrum-ticketing", component);
        node.getRegistry().bind("ticketState", FileStateRepository.fileStateRepository(store));
        node.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("spectrum-ticketing:updatedTickets?stateRepository=#ticketState&fetchDetails=true"
                     + "&initialLookback=PT10M&delay=50&initialDelay=0")
                        .process(exchange -> record(exchange));
            }
        });
        return node;
    }

    private void record(Exchange exchange) {
        Ticket ticket = exchange.getMessage().getBody(Ticket.class);
        changes.add(ticket.getId() + "@" + ticket.getDateUpdated());
        List<?> notes = exchange.getMessage().getHeader(SpectrumTicketingConstants.NEW_NOTES, List.class);
        notes.forEach(note -> newNotes.add(ticket.getId() + "@" + ((TicketNote) note).getDateCreated() + ":"
                                           + ((TicketNote) note).getNote()));
    }

    private static Set<String> latestChangesSince(SpectrumSimulator spectrum, long horizon) {
        Set<String> latest = new HashSet<>();
        for (SimulatedTicket ticket : spectrum.tickets(spectrum.defaultOrganization())) {
            if (ticket.dateUpdated().getEpochSecond() >= horizon) {
                latest.add(ticket.id() + "@" + ticket.dateUpdated().getEpochSecond());
            }
        }
        return latest;
    }

    /** Every note written since the horizon, with how many notes of the ticket read the same. */
    private static Map<String, Long> notesSince(SpectrumSimulator spectrum, long horizon) {
        List<String> notes = new ArrayList<>();
        for (SimulatedTicket ticket : spectrum.tickets(spectrum.defaultOrganization())) {
            ticket.notes().stream()
                    .filter(note -> note.dateCreated().getEpochSecond() >= horizon)
                    .forEach(note -> notes.add(ticket.id() + "@" + note.dateCreated().getEpochSecond() + ":"
                                               + note.note()));
        }
        return counts(notes);
    }

    private static Set<String> snapshot(List<String> values) {
        synchronized (values) {
            return new HashSet<>(values);
        }
    }

    private static Map<String, Long> counts(List<String> values) {
        synchronized (values) {
            return values.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            Thread.sleep(10);
        }
    }

    /** The simulator's support desk acting on a random open ticket every 10 ms, until closed. */
    private static final class BusyDesk implements AutoCloseable {

        private final AtomicInteger actions = new AtomicInteger();
        private final Thread worker;
        private volatile boolean running = true;

        BusyDesk(SpectrumSimulator spectrum) {
            Random random = new Random(7);
            worker = new Thread(() -> {
                while (running) {
                    spectrum.supportDesk().actOnRandomOpenTicket(random);
                    actions.incrementAndGet();
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "busy-support-desk");
            worker.setDaemon(true);
            worker.start();
        }

        void awaitActions(int count) throws InterruptedException {
            int target = actions.get() + count;
            await(() -> actions.get() >= target, count + " more support desk actions");
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            worker.join(5_000);
        }
    }
}
