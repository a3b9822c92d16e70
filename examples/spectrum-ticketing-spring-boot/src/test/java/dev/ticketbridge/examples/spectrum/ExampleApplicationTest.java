package dev.ticketbridge.examples.spectrum;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import dev.ticketbridge.spectrum.SpectrumTicketingConstants;
import dev.ticketbridge.spectrum.simulator.SimulatedTicket;
import dev.ticketbridge.spectrum.simulator.SpectrumSimulator;
import dev.ticketbridge.spectrum.simulator.TicketStatus;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example's main job end to end, against the embedded simulator: a dropped request becomes a ticket, a bad one
 * lands in the error folder with its reason, support desk changes reach the outbox, and notes go in over HTTP.
 *
 * <p>The waits are bounded waits for an event (a route finishing an exchange), not assertions on timing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "example.poll-delay=300",
        // The test plays the support desk itself, so that every change it waits for is one it made.
        "example.simulator.support-desk-activity=0s" })
class ExampleApplicationTest {

    private static final long WAIT_SECONDS = 20;
    private static final Path REQUESTS = Path.of("requests");

    @TempDir
    static Path workDir;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("example.work-dir", () -> workDir.toString());
    }

    @Autowired
    CamelContext camelContext;

    @Autowired
    SpectrumSimulator simulator;

    @LocalServerPort
    int port;

    @Test
    void aDroppedRequestBecomesATicketWithTheAnswerBesideIt() throws Exception {
        NotifyBuilder done = new NotifyBuilder(camelContext).fromRoute("ticket-requests").whenDone(1).create();

        Files.copy(REQUESTS.resolve("new-ticket.json"), workDir.resolve("inbox/new-ticket.json"));

        assertThat(done.matches(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        Path answer = workDir.resolve("processed/new-ticket.answer.json");
        assertThat(answer).exists();
        assertThat(Files.readString(answer)).contains("\"ticketId\"").containsPattern("\"ECT-\\d+\"");
        assertThat(workDir.resolve("processed/new-ticket.json")).exists();
        assertThat(workDir.resolve("inbox/new-ticket.json")).doesNotExist();
    }

    @Test
    void aBadRequestGoesToTheErrorFolderWithTheValidationMessage() throws Exception {
        NotifyBuilder done = new NotifyBuilder(camelContext).fromRoute("ticket-requests").whenDone(1).create();

        Files.copy(REQUESTS.resolve("bad-ticket.json"), workDir.resolve("inbox/bad-ticket.json"));

        assertThat(done.matches(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(workDir.resolve("error/bad-ticket.json")).exists();
        assertThat(Files.readString(workDir.resolve("error/bad-ticket.error.txt")))
                .contains("SpectrumValidationException").contains("customerTicketId").contains("contacts");
    }

    @Test
    void aTicketTheSupportDeskClosesIsWrittenToTheOutbox() throws Exception {
        String number = anOpenTicketOtherThan("ECT-12345678");
        NotifyBuilder closed = new NotifyBuilder(camelContext).fromRoute("ticket-changes")
                .filter(exchange -> number.equals(exchange.getMessage()
                        .getHeader(SpectrumTicketingConstants.SPECTRUM_TICKET_NUMBER))
                                    && "closed".equals(exchange.getMessage()
                        .getHeader(SpectrumTicketingConstants.CHANGE_KIND)))
                .whenDone(1).create();

        simulator.supportDesk().close(number);

        assertThat(closed.matches(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(outboxFiles()).anyMatch(name -> name.endsWith("-" + number + "-closed.json"));
    }

    @Test
    void aNotePostedOverHttpReachesTheTicket() throws Exception {
        HttpResponse<String> response = post("/tickets/ECT-12345678/notes", "Technician may come after 2 pm");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"ticketId\"");
        assertThat(ticket("ECT-12345678").notes())
                .anyMatch(note -> note.note().equals("Technician may come after 2 pm"));
    }

    @Test
    void aClosureRequestPostedOverHttpIsRecordedOnTheTicket() throws Exception {
        HttpResponse<String> response = post("/tickets/ECT-12345678/closure", "Service restored on our side");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(ticket("ECT-12345678").closureRequested()).isTrue();
    }

    @Test
    void aNoteForAnUnknownTicketAnswers404() throws Exception {
        HttpResponse<String> response = post("/tickets/ECT-00000000/notes", "Anyone there?");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("\"error\"");
    }

    @Test
    void healthShowsTheProducerAndConsumerChecksUp() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"").contains("producer:spectrum-ticketing-")
                .contains("consumer:ticket-changes").doesNotContain(simulator.defaultOrganization().clientSecret());
    }

    private HttpResponse<String> post(String path, String text) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(text))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private SimulatedTicket ticket(String number) {
        return simulator.ticket(number).orElseThrow();
    }

    private String anOpenTicketOtherThan(String excluded) {
        return simulator.tickets(simulator.defaultOrganization()).stream()
                .filter(ticket -> ticket.status() == TicketStatus.IN_PROGRESS)
                .map(SimulatedTicket::spectrumTicketNumber)
                .filter(number -> !number.equals(excluded))
                .findFirst().orElseThrow();
    }

    private static List<String> outboxFiles() throws IOException {
        try (Stream<Path> files = Files.list(workDir.resolve("outbox"))) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }
}
