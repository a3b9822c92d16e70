package dev.ticketbridge.spectrum.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static dev.ticketbridge.spectrum.simulator.ApiClient.example;
import static dev.ticketbridge.spectrum.simulator.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

class TicketDetailTest {

    @RegisterExtension
    static final SpectrumSimulatorExtension SIM = SpectrumSimulatorExtension.builder().build();

    private final ApiClient client = new ApiClient(SIM.simulator());
    private String token;

    @BeforeEach
    void getToken() {
        token = client.token(SIM.simulator().defaultOrganization());
    }

    @Test
    void findsATicketByItsId() {
        // when
        HttpResponse<String> response = client.get("/tickets/" + DemoData.OPEN_TICKET_ID, token);

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("spectrumTicketNumber").asText()).isEqualTo(DemoData.OPEN_TICKET_NUMBER);
    }

    @Test
    void findsATicketByItsEctNumber() {
        // when
        HttpResponse<String> response = client.get("/tickets/" + DemoData.OPEN_TICKET_NUMBER, token);

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("id").asText()).isEqualTo(DemoData.OPEN_TICKET_ID);
    }

    @Test
    void answersTheDetailWithEveryFieldOfTheProviderExample() {
        // given
        JsonNode example = example("ticket-detail-response.json");

        // when
        JsonNode detail = json(client.get("/tickets/" + DemoData.OPEN_TICKET_ID, token));

        // then
        List<String> expected = new ArrayList<>();
        example.fieldNames().forEachRemaining(expected::add);
        assertThat(detail.fieldNames()).toIterable().containsAll(expected).contains(ApiJson.UNDOCUMENTED_FIELD);
        assertThat(detail.get("customerActionMinuteDetails").get(0).fieldNames()).toIterable()
                .containsExactly("action", "startTime", "endTime");
        assertThat(detail.get("notes").get(0).fieldNames()).toIterable()
                .containsExactly("dateCreated", "noteType", "note");
        assertThat(detail.get("dateCreatedYMD").asText()).endsWith(".000Z");
    }

    @Test
    void keepsTheProvidersReadableDateTypoOnTheClosedExampleTicket() {
        // when
        JsonNode detail = json(client.get("/tickets/" + DemoData.CLOSED_TICKET_NUMBER, token));

        // then
        assertThat(detail.get("status").asText()).isEqualTo("Closed");
        assertThat(detail.get("dateCreatedYMD").asText()).endsWith(".000+0000");
        assertThat(detail.get("dateClosedYMD").asText()).endsWith(".000+00000");
    }

    @Test
    void answers404ForAnUnknownTicket() {
        // when
        HttpResponse<String> response = client.get("/tickets/ECT-00000000", token);

        // then
        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void listsTheOrganizationsSitesInTheProvidersShape() {
        // given
        JsonNode example = example("sites-response.json");

        // when
        JsonNode body = json(client.get("/sites", token));

        // then
        assertThat(body.fieldNames()).toIterable().containsExactly("sitesCount", "sites");
        assertThat(body.get("sitesCount").asInt()).isEqualTo(body.get("sites").size()).isEqualTo(3);
        assertThat(body.get("sites").get(0).fieldNames()).toIterable()
                .containsExactlyElementsOf(() -> example.get("sites").get(0).fieldNames());
    }

    @Test
    void listsTheOrganizationsCircuitsInTheProvidersShape() {
        // given
        JsonNode example = example("circuits-response.json");

        // when
        JsonNode body = json(client.get("/circuits", token));

        // then
        assertThat(body.get("circuitsCount").asInt()).isEqualTo(body.get("circuits").size()).isEqualTo(6);
        JsonNode first = body.get("circuits").get(0);
        assertThat(first).isEqualTo(example.get("circuits").get(0));
    }

    @Test
    void answersOneCircuitAsTheProviderExampleShowsIt() {
        // when
        HttpResponse<String> response = client.get("/circuits/94.L1XX.001464CHTR", token);

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response)).isEqualTo(example("circuit-response.json"));
    }

    @Test
    void answers204ForAnUnknownCircuit() {
        // when
        HttpResponse<String> response = client.get("/circuits/99.A9AA.A123456.AA.AAAA", token);

        // then
        assertThat(response.statusCode()).isEqualTo(204);
    }

    @Test
    void answers404ForAnUnknownResource() {
        // when
        HttpResponse<String> response = client.get("/tickets/sites/all", token);

        // then
        assertThat(response.statusCode()).isEqualTo(404);
    }
}
