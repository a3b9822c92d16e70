package dev.ticketbridge.examples.yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import dev.ticketbridge.spectrum.simulator.SimulatedTicket;
import dev.ticketbridge.spectrum.simulator.SpectrumSimulator;
import dev.ticketbridge.spectrum.simulator.TicketStatus;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example's YAML routes and properties, run by Camel Main against the simulator: requests dropped into the inbox
 * become tickets or land in the error folder with the reason, and Spectrum's changes reach the outbox.
 */
class YamlExampleTest {

    @TempDir
    static Path work;

    private static SpectrumSimulator simulator;
    private static Main main;

    @BeforeAll
    static void startTheExample() throws Exception {
        simulator = SpectrumSimulator.builder().build().start();
        main = new Main(YamlExample.class);
        YamlExample.pointAt(main, simulator);
        main.addOverrideProperty("example.work-dir", work.toString());
        main.addOverrideProperty("example.poll-delay", "200");
        main.start();
    }

    @AfterAll
    static void stopTheExample() {
        if (main != null) {
            main.stop();
        }
        if (simulator != null) {
            simulator.stop();
        }
    }

    @Test
    void droppedRequestBecomesATicketWithTheAnswerBesideIt() throws Exception {
        Files.copy(Path.of("requests/new-ticket.json"), inbox().resolve("outage.json"));

        Path answer = await(work.resolve("processed/outage.answer.json"));

        String json = Files.readString(answer);
        assertThat(json).contains("\"spectrumTicketNumber\"");
        String number = json.replaceAll("(?s).*\"spectrumTicketNumber\" : \"([^\"]+)\".*", "$1");
        assertThat(simulator.ticket(number)).isPresent();
    }

    @Test
    void refusedRequestLandsInTheErrorFolderWithTheReason() throws Exception {
        Files.copy(Path.of("requests/bad-ticket.json"), inbox().resolve("incomplete.json"));

        Path reason = await(work.resolve("error/incomplete.error.txt"));

        assertThat(Files.readString(reason)).contains("createTicket request not sent").contains("customerTicketId");
    }

    @Test
    void spectrumsChangesReachTheOutboxAndTheCursorIsKeptInAFile() throws Exception {
        SimulatedTicket open = simulator.tickets(simulator.defaultOrganization()).stream()
                .filter(t -> t.status() != TicketStatus.CLOSED).findFirst().orElseThrow();

        simulator.supportDesk().addSupportNote(open.id(), "General", "Technician dispatched");

        Path change = awaitMatching(work.resolve("outbox"), open.spectrumTicketNumber());
        assertThat(Files.readString(change)).contains(open.id());
        assertThat(Files.readString(work.resolve("updated-tickets.state"))).contains(open.id());
    }

    private static Path inbox() throws IOException {
        return Files.createDirectories(work.resolve("inbox"));
    }

    private static Path await(Path file) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!Files.exists(file)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(file + " did not appear within 20 s");
            }
            Thread.sleep(50);
        }
        return file;
    }

    private static Path awaitMatching(Path folder, String part) throws Exception {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    List<Path> all = files.toList();
                    Optional<Path> found = all.stream()
                            .filter(p -> p.getFileName().toString().contains(part)).findFirst();
                    if (found.isPresent()) {
                        return found.get();
                    }
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no file for " + part + " in " + folder + " within 20 s");
    }
}
