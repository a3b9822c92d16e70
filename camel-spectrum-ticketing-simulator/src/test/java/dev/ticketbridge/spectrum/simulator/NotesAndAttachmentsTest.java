package dev.ticketbridge.spectrum.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static dev.ticketbridge.spectrum.simulator.ApiClient.example;
import static dev.ticketbridge.spectrum.simulator.ApiClient.exampleText;
import static dev.ticketbridge.spectrum.simulator.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

class NotesAndAttachmentsTest {

    @RegisterExtension
    static final SpectrumSimulatorExtension SIM = SpectrumSimulatorExtension.builder().resetBetweenTests(true).build();

    private static final Instant LATER = Instant.now().plus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.SECONDS);
    private static final String OPEN = DemoData.OPEN_TICKET_ID;

    private final ApiClient client = new ApiClient(SIM.simulator());
    private String token;

    @BeforeEach
    void getTokenAndMoveTimeOn() {
        token = client.token(SIM.simulator().defaultOrganization());
        SIM.simulator().clock().setInstant(LATER);
    }

    private static ObjectNode note(String action) {
        return ((ObjectNode) example("note-request.json")).put("action", action);
    }

    private HttpResponse<String> addNote(String ticket, Object body) {
        return client.postJson("/tickets/" + ticket + "/notes", token, body.toString());
    }

    private HttpResponse<String> attach(String ticket, String fileName, byte[] content, String submitterId) {
        return client.postMultipart("/tickets/" + ticket + "/attachments", token, fileName, content, submitterId);
    }

    private static String message(HttpResponse<String> response) {
        return json(response).get("message").asText();
    }

    @Test
    void addsACustomerNoteAndAnswersTheTicketId() {
        // when
        HttpResponse<String> response = client.postJson("/tickets/" + OPEN + "/notes", token,
                exampleText("note-request.json"));

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).fieldNames()).toIterable()
                .containsExactlyElementsOf(() -> example("ticket-id-response.json").fieldNames());
        assertThat(json(response).get("ticketId").asText()).isEqualTo(OPEN);
        JsonNode lastNote = json(client.get("/tickets/" + OPEN, token)).get("notes").get(1);
        assertThat(lastNote.get("note").asText()).isEqualTo(example("note-request.json").get("note").asText());
        assertThat(lastNote.get("noteType").asText()).isEqualTo("Customer-Note");
        assertThat(lastNote.get("dateCreated").asLong()).isEqualTo(LATER.getEpochSecond());
    }

    @Test
    void movesDateUpdatedToNowWhenANoteIsAdded() {
        // when
        addNote(OPEN, note("Customer-Note"));

        // then
        JsonNode ticket = json(client.get("/tickets/" + OPEN, token));
        assertThat(ticket.get("dateUpdated").asLong()).isEqualTo(LATER.getEpochSecond());
        assertThat(ticket.get("dateUpdatedYMD").asText()).startsWith(LATER.toString().substring(0, 19));
    }

    @Test
    void endsTheWaitOnTheCustomerWhenANoteIsAdded() {
        // given the seeded ticket that needs the client's attention
        assertThat(SIM.simulator().ticket(OPEN).orElseThrow().needsClientAttention()).isTrue();

        // when
        addNote(OPEN, note("Customer-Note"));

        // then
        JsonNode ticket = json(client.get("/tickets/" + OPEN, token));
        assertThat(ticket.get("needsClientAttention").asBoolean()).isFalse();
        assertThat(ticket.get("customerActionMinuteDetails").get(0).get("endTime").asLong())
                .isEqualTo(LATER.getEpochSecond());
    }

    @Test
    void recordsAClosureRequestWithoutClosingTheTicket() {
        // when
        HttpResponse<String> response = addNote(OPEN, note("Customer-Closure"));

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        SimulatedTicket ticket = SIM.simulator().ticket(OPEN).orElseThrow();
        assertThat(ticket.status()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(ticket.closureRequested()).isTrue();
        assertThat(ticket.notes().get(ticket.notes().size() - 1).noteType()).isEqualTo("Customer-Closure");
    }

    @Test
    void acceptsANoteOfTenThousandCharacters() {
        // when
        HttpResponse<String> response = addNote(OPEN, note("Customer-Note").put("note", "x".repeat(10_000)));

        // then
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void refusesANoteLongerThanTenThousandCharacters() {
        // when
        HttpResponse<String> response = addNote(OPEN, note("Customer-Note").put("note", "x".repeat(10_001)));

        // then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(message(response)).isEqualTo("note must be at most 10,000 characters");
    }

    @Test
    void refusesASubmitterIdLongerThan254Characters() {
        // when
        HttpResponse<String> response = addNote(OPEN, note("Customer-Note").put("submitterId", "a".repeat(255)));

        // then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(message(response)).isEqualTo("submitterId must be at most 254 characters");
    }

    @Test
    void refusesAnUnknownNoteAction() {
        // when
        HttpResponse<String> response = addNote(OPEN, note("Customer-Escalation"));

        // then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(message(response)).startsWith("Invalid action : Customer-Escalation");
    }

    @Test
    void answersTheParseErrorBodyForAnUnreadableNote() {
        // when
        HttpResponse<String> response = client.postJson("/tickets/" + OPEN + "/notes", token, "{\"note\": }");

        // then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error").asText()).isEqualTo("Bad Request");
        assertThat(message(response)).startsWith("JSON parse error: ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Customer-Note", "Customer-Closure"})
    void refusesANoteOnAClosedTicketWithTheProvidersBody(String action) {
        // when
        HttpResponse<String> response = addNote(DemoData.CLOSED_TICKET_ID, note(action));

        // then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response)).isEqualTo(example("error-400-not-editable.json"));
    }

    @Test
    void addsAnAttachmentAndAnswersTheTicketId() {
        // when
        HttpResponse<String> response = attach(OPEN, "speedtest.txt", "down 0 Mbps".getBytes(StandardCharsets.UTF_8),
                "Tom.Cruise@hollywood.com");

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("ticketId").asText()).isEqualTo(OPEN);
        SimulatedTicket ticket = SIM.simulator().ticket(OPEN).orElseThrow();
        assertThat(ticket.attachments()).singleElement().satisfies(a -> {
            assertThat(a.fileName()).isEqualTo("speedtest.txt");
            assertThat(a.submitterId()).isEqualTo("Tom.Cruise@hollywood.com");
            assertThat(new String(a.content(), StandardCharsets.UTF_8)).isEqualTo("down 0 Mbps");
        });
        assertThat(ticket.dateUpdated()).isEqualTo(LATER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.jpg", "a.png", "a.gif", "a.xlsx", "a.xls", "a.csv", "a.xml", "a.pdf", "a.docx",
        "a.doc", "a.txt", "a.msg", "a.zip", "SCAN.PDF"})
    void acceptsEveryDocumentedFileType(String fileName) {
        // when
        HttpResponse<String> response = attach(OPEN, fileName, new byte[] {1, 2, 3}, "me@example.com");

        // then
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"run.exe", "photo.jpeg", "notes", "archive.tar.gz"})
    void refusesOtherFileTypes(String fileName) {
        // when
        HttpResponse<String> response = attach(OPEN, fileName, new byte[] {1, 2, 3}, "me@example.com");

        // then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(message(response)).startsWith("Invalid file type : " + fileName);
    }

    @Test
    void acceptsAFileOfExactlyOneMegabyte() {
        // when
        HttpResponse<String> response = attach(OPEN, "log.txt", new byte[1024 * 1024], "me@example.com");

        // then
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void refusesAFileLargerThanOneMegabyte() {
        // when
        HttpResponse<String> response = attach(OPEN, "log.txt", new byte[1024 * 1024 + 1], "me@example.com");

        // then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(message(response)).startsWith("File size exceeds the maximum of 1 MB");
        assertThat(SIM.simulator().ticket(OPEN).orElseThrow().attachments()).isEmpty();
    }

    @Test
    void requiresTheSubmitterIdPart() {
        // when
        HttpResponse<String> response = attach(OPEN, "log.txt", new byte[] {1}, null);

        // then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(message(response)).isEqualTo("submitterId is required");
    }

    @Test
    void requiresTheFilePart() {
        // when
        HttpResponse<String> response = attach(OPEN, null, null, "me@example.com");

        // then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(message(response)).isEqualTo("file is required");
    }

    @Test
    void requiresAMultipartRequest() {
        // when
        HttpResponse<String> response = client.postJson("/tickets/" + OPEN + "/attachments", token, "{}");

        // then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(message(response)).contains("multipart/form-data");
    }

    @Test
    void refusesAnAttachmentOnAClosedTicketWithTheProvidersBody() {
        // when
        HttpResponse<String> response = attach(DemoData.CLOSED_TICKET_ID, "log.txt", new byte[] {1}, "me@x.com");

        // then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response)).isEqualTo(example("error-400-not-editable.json"));
    }

    @Test
    void answers404ForANoteOnAnUnknownTicket() {
        // when
        HttpResponse<String> response = addNote("NOSUCHTICKET", note("Customer-Note"));

        // then
        assertThat(response.statusCode()).isEqualTo(404);
    }
}
