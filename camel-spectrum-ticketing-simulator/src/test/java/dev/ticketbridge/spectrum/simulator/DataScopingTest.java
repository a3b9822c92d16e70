package dev.ticketbridge.spectrum.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;

import static dev.ticketbridge.spectrum.simulator.ApiClient.exampleText;
import static dev.ticketbridge.spectrum.simulator.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

class DataScopingTest {

    @RegisterExtension
    static final SpectrumSimulatorExtension SIM = SpectrumSimulatorExtension.builder().build();

    private final ApiClient client = new ApiClient(SIM.simulator());
    private String demoToken;

    @BeforeEach
    void getToken() {
        demoToken = client.token(SIM.simulator().defaultOrganization());
    }

    @Test
    void answers403ForAnotherOrganizationsTicketById() {
        // when
        HttpResponse<String> response = client.get("/tickets/" + DemoData.OTHER_TICKET_ID, demoToken);

        // then
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).doesNotContain(DemoData.OTHER_SITE);
    }

    @Test
    void answers403ForAnotherOrganizationsTicketByEctNumber() {
        // when
        HttpResponse<String> response = client.get("/tickets/ECT-90000001", demoToken);

        // then
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void answers403ForAnotherOrganizationsCircuit() {
        // when
        HttpResponse<String> response = client.get("/circuits/" + DemoData.OTHER_CIRCUIT, demoToken);

        // then
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void answers403ForANoteOnAnotherOrganizationsTicket() {
        // when
        HttpResponse<String> response = client.postJson("/tickets/" + DemoData.OTHER_TICKET_ID + "/notes",
                demoToken, exampleText("note-request.json"));

        // then
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(SIM.simulator().ticket(DemoData.OTHER_TICKET_ID).orElseThrow().notes()).isEmpty();
    }

    @Test
    void answers403ForAnAttachmentOnAnotherOrganizationsTicket() {
        // when
        HttpResponse<String> response = client.postMultipart("/tickets/" + DemoData.OTHER_TICKET_ID
                + "/attachments", demoToken, "a.txt", new byte[] {1}, "me@example.com");

        // then
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void neverListsAnotherOrganizationsSites() {
        // when
        JsonNode sites = json(client.get("/sites", demoToken)).get("sites");

        // then
        assertThat(sites.findValuesAsText("siteGuid")).doesNotContain(DemoData.OTHER_SITE);
        assertThat(sites.findValuesAsText("cxId")).containsOnly(SpectrumSimulator.DEFAULT_CX_ID);
    }

    @Test
    void refusesAnotherOrganizationsSiteWhenCreatingATicket() {
        // given the provider's example body pointed at the other organization's site
        String body = exampleText("create-ticket-request.json")
                .replace("GHTER5V0GS4TQAPWXW7V8C000TEST", DemoData.OTHER_SITE)
                .replace("[\"22.L1ZZ.803238..TEST\", \"51.LEXT.803376..TEST\"]", "[]");

        // when
        HttpResponse<String> response = client.postJson("/tickets", demoToken, body);

        // then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("message").asText()).isEqualTo("Invalid siteGuid : " + DemoData.OTHER_SITE);
    }

    @Test
    void listsOnlyTheCallersTickets() {
        // given the other organization's token
        String otherToken = client.token(SIM.simulator().otherOrganization());

        // when
        JsonNode demo = json(client.get("/tickets?paginate=false", demoToken));
        JsonNode other = json(client.get("/tickets?paginate=false", otherToken));

        // then
        assertThat(demo.get("tickets").findValuesAsText("id")).doesNotContain(DemoData.OTHER_TICKET_ID)
                .contains(DemoData.OPEN_TICKET_ID);
        assertThat(other.get("tickets").findValuesAsText("id")).contains(DemoData.OTHER_TICKET_ID)
                .doesNotContain(DemoData.OPEN_TICKET_ID);
    }

    @Test
    void scopesAnOrganizationAddedByATest() {
        // given a third organization with a site, circuit and ticket
        SpectrumSimulator sim = SIM.simulator();
        Organization third = sim.addOrganization("Third", "third-client-" + System.nanoTime(), "third-secret");
        sim.addSite(third, Site.of("THIRDSITE" + System.nanoTime(), "1 FIRST ST", "DENVER", "CO", "80202"));
        SimulatedTicket ticket = sim.addTicket(third, SimulatedTicket.builder());

        // when
        HttpResponse<String> own = client.get("/tickets/" + ticket.id(), client.token(third));
        HttpResponse<String> foreign = client.get("/tickets/" + ticket.id(), demoToken);

        // then
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(foreign.statusCode()).isEqualTo(403);
    }
}
