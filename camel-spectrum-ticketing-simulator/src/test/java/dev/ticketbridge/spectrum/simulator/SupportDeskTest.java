package dev.ticketbridge.spectrum.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Random;

import static dev.ticketbridge.spectrum.simulator.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SupportDeskTest {

    @RegisterExtension
    static final SpectrumSimulatorExtension SIM = SpectrumSimulatorExtension.builder().resetBetweenTests(true).build();

    private static final String OPEN = DemoData.OPEN_TICKET_ID;

    private final ApiClient client = new ApiClient(SIM.simulator());
    private SupportDesk desk;
    private Instant later;

    @BeforeEach
    void moveTimeOn() {
        desk = SIM.simulator().supportDesk();
        later = SIM.simulator().clock().instant().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        SIM.simulator().clock().setInstant(later);
    }

    @Test
    void addsASupportNoteAndMovesDateUpdated() {
        // when
        SimulatedTicket ticket = desk.addSupportNote(OPEN, "Escalation", "Escalated to tier 2");

        // then
        assertThat(ticket.notes().get(ticket.notes().size() - 1))
                .isEqualTo(new TicketNote(later, "Escalation", "Escalated to tier 2", null));
        assertThat(ticket.dateUpdated()).isEqualTo(later);
    }

    @Test
    void keepsUpdateTimesToTheSecond() {
        // given a clock between two seconds
        SIM.simulator().clock().setInstant(later.plusMillis(789));

        // when
        SimulatedTicket ticket = desk.assignAction(OPEN, "Maintenance - Waiting for Approvals");

        // then
        assertThat(ticket.dateUpdated()).isEqualTo(later);
    }

    @Test
    void setsNeedsClientAttentionAndOpensAWait() {
        // given a ticket nobody waits on
        desk.setNeedsClientAttention(OPEN, false, null);

        // when
        SimulatedTicket ticket = desk.setNeedsClientAttention(OPEN, true, "Customer-Awaiting Site Access");

        // then
        assertThat(ticket.needsClientAttention()).isTrue();
        CustomerActionPeriod last = ticket.customerActionPeriods().get(ticket.customerActionPeriods().size() - 1);
        assertThat(last).isEqualTo(new CustomerActionPeriod("Customer-Awaiting Site Access", later, null));
        assertThat(ticket.dateUpdated()).isEqualTo(later);
    }

    @Test
    void resolvesATicket() {
        // when
        SimulatedTicket ticket = desk.resolve(OPEN, "Spectrum-Verified-Fiber Repaired", "Fiber cut repaired");

        // then
        assertThat(ticket.status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(ticket.dateResolved()).isEqualTo(later);
        assertThat(ticket.dateClosed()).isNull();
        assertThat(ticket.resolutionCode()).isEqualTo("Spectrum-Verified-Fiber Repaired");
        assertThat(ticket.needsClientAttention()).isFalse();
    }

    @Test
    void closesATicket() {
        // when
        SimulatedTicket ticket = desk.close(DemoData.OPEN_TICKET_NUMBER);

        // then
        assertThat(ticket.status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(ticket.dateClosed()).isEqualTo(later);
        assertThat(ticket.dateResolved()).isEqualTo(later);
        assertThat(ticket.resolutionCode()).isNotEmpty();
        assertThat(ticket.dateUpdated()).isEqualTo(later);
    }

    @Test
    void reopensAClosedTicket() {
        // when
        SimulatedTicket ticket = desk.changeStatus(DemoData.CLOSED_TICKET_ID, TicketStatus.IN_PROGRESS);

        // then
        assertThat(ticket.status()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(ticket.dateClosed()).isNull();
        assertThat(ticket.dateResolved()).isNull();
        assertThat(ticket.dateUpdated()).isEqualTo(later);
    }

    @Test
    void assignsAnAction() {
        // when
        SimulatedTicket ticket = desk.assignAction(OPEN, "Field Operations - Dispatch Scheduled");

        // then
        assertThat(ticket.assignedAction()).isEqualTo("Field Operations - Dispatch Scheduled");
    }

    @Test
    void refusesAnUnknownTicket() {
        assertThatThrownBy(() -> desk.close("ECT-00000000")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void showsTheDesksChangesThroughTheApi() {
        // given
        String token = client.token(SIM.simulator().defaultOrganization());

        // when
        desk.close(OPEN);

        // then
        JsonNode ticket = json(client.get("/tickets/" + OPEN, token));
        assertThat(ticket.get("status").asText()).isEqualTo("Closed");
        assertThat(ticket.get("dateUpdated").asLong()).isEqualTo(later.getEpochSecond());
        JsonNode updated = json(client.get("/tickets?updateDateStart=" + later.toString().replace("Z", ".000Z"),
                token)).get("tickets");
        assertThat(updated).hasSize(1);
        assertThat(updated.get(0).get("id").asText()).isEqualTo(OPEN);
    }

    @Test
    void actsOnARandomOpenTicket() {
        // when
        SimulatedTicket changed = desk.actOnRandomOpenTicket(new Random(1)).orElseThrow();

        // then
        assertThat(changed.dateUpdated()).isEqualTo(later);
    }

    @Test
    void changesStatusThroughTheAdminEndpoint() {
        // when
        HttpResponse<String> response = client.admin("/tickets/" + OPEN + "/status", "{\"status\": \"Closed\"}");

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("status").asText()).isEqualTo("Closed");
        assertThat(SIM.simulator().ticket(OPEN).orElseThrow().dateUpdated()).isEqualTo(later);
    }

    @Test
    void addsASupportNoteThroughTheAdminEndpoint() {
        // when
        HttpResponse<String> response = client.admin("/tickets/" + OPEN + "/notes",
                "{\"note\": \"Technician on site\", \"noteType\": \"Handoff ETS\"}");

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode notes = json(response).get("notes");
        assertThat(notes.get(notes.size() - 1).get("noteType").asText()).isEqualTo("Handoff ETS");
    }

    @Test
    void setsNeedsClientAttentionThroughTheAdminEndpoint() {
        // given
        desk.setNeedsClientAttention(OPEN, false, null);

        // when
        HttpResponse<String> response = client.admin("/tickets/" + OPEN + "/needs-client-attention",
                "{\"needsClientAttention\": true}");

        // then
        assertThat(json(response).get("needsClientAttention").asBoolean()).isTrue();
    }

    @Test
    void resolvesAndClosesThroughTheAdminEndpoint() {
        // when
        HttpResponse<String> resolved = client.admin("/tickets/" + OPEN + "/resolve",
                "{\"resolutionCode\": \"Fixed\", \"resolutionMessage\": \"Replaced the card\"}");
        HttpResponse<String> closed = client.admin("/tickets/" + OPEN + "/close", "");

        // then
        assertThat(json(resolved).get("resolutionCode").asText()).isEqualTo("Fixed");
        assertThat(json(closed).get("dateClosed").asLong()).isEqualTo(later.getEpochSecond());
    }

    @Test
    void showsAttachmentsAndClosureRequestsThroughTheAdminEndpoint() {
        // given
        String token = client.token(SIM.simulator().defaultOrganization());
        client.postMultipart("/tickets/" + OPEN + "/attachments", token, "a.pdf", new byte[] {1, 2}, "me@x.com");

        // when
        JsonNode view = json(client.admin("/tickets/" + OPEN, null));

        // then
        assertThat(view.get("simulator").get("clientId").asText()).isEqualTo("demo-client");
        assertThat(view.get("simulator").get("attachments").get(0).get("fileName").asText()).isEqualTo("a.pdf");
    }

    @Test
    void generatesTicketsThroughTheAdminEndpoint() {
        // when
        HttpResponse<String> response = client.admin("/generate", "{\"clientId\": \"demo-client\", \"count\": 50}");

        // then
        assertThat(json(response).get("generated").asInt()).isEqualTo(50);
        assertThat(SIM.simulator().tickets(SIM.simulator().defaultOrganization())).hasSize(
                3 + DemoData.GENERATED_DEMO_TICKETS + 50);
    }

    @Test
    void resetsThroughTheAdminEndpoint() {
        // given
        desk.close(OPEN);

        // when
        HttpResponse<String> response = client.admin("/reset", "");

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(SIM.simulator().ticket(OPEN).orElseThrow().status()).isEqualTo(TicketStatus.IN_PROGRESS);
    }

    @Test
    void answers404ForAnUnknownTicketOnTheAdminEndpoint() {
        // when
        HttpResponse<String> response = client.admin("/tickets/NOSUCH/close", "");

        // then
        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void describesTheSimulatorOnTheAdminRoot() {
        // when
        JsonNode info = json(client.admin("", null));

        // then
        assertThat(info.get("baseUrl").asText()).isEqualTo(SIM.baseUrl());
        assertThat(info.get("organizations").findValuesAsText("clientId")).containsExactly("demo-client",
                "other-client");
        assertThat(info.toString()).doesNotContain("demo-secret");
    }
}
