package dev.ticketbridge.spectrum.it;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import dev.ticketbridge.spectrum.SpectrumTicketingConstants;
import dev.ticketbridge.spectrum.client.SpectrumBadRequestException;
import dev.ticketbridge.spectrum.client.SpectrumForbiddenException;
import dev.ticketbridge.spectrum.client.SpectrumServerException;
import dev.ticketbridge.spectrum.client.SpectrumValidationException;
import dev.ticketbridge.spectrum.model.Circuit;
import dev.ticketbridge.spectrum.model.Site;
import dev.ticketbridge.spectrum.model.Ticket;
import dev.ticketbridge.spectrum.simulator.SpectrumSimulator;
import dev.ticketbridge.spectrum.simulator.SpectrumSimulatorExtension;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.ticketbridge.spectrum.Fixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every producer operation end to end against the simulator, from routes that use only endpoint URIs, headers and
 * JSON bodies: what a YAML or XML route can do.
 */
class SimulatorIntegrationTest extends CamelTestSupport {

    @RegisterExtension
    static SpectrumSimulatorExtension simulator = SpectrumSimulatorExtension.builder()
            .resetBetweenTests(true)
            .build();

    private static final String OPTIONS = "?baseUrl={{spectrum.baseUrl}}&tokenUrl={{spectrum.tokenUrl}}"
                                          + "&clientId={{spectrum.clientId}}&clientSecret={{spectrum.clientSecret}}"
                                          + "&submitterId=noc@acme.example";

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties properties = new Properties();
        properties.put("spectrum.baseUrl", simulator.baseUrl());
        properties.put("spectrum.tokenUrl", simulator.tokenUrl());
        properties.put("spectrum.clientId", simulator.clientId());
        properties.put("spectrum.clientSecret", simulator.clientSecret());
        return properties;
    }

    @Test
    void createsAFullTicketFromTheProvidersJsonAndReadsItBack() {
        Exchange created = template.request(uri("createTicket"),
                e -> e.getMessage().setBody(fixture("create-ticket-request.json").getBytes(StandardCharsets.UTF_8)));

        assertThat(created.getException()).isNull();
        String number = created.getMessage().getHeader(SpectrumTicketingConstants.SPECTRUM_TICKET_NUMBER,
                String.class);
        assertThat(number).startsWith("ECT-");
        Ticket ticket = template.requestBodyAndHeader(uri("getTicket"), null, SpectrumTicketingConstants.TICKET_ID,
                number, Ticket.class);
        assertThat(ticket.getId()).isEqualTo(created.getMessage().getHeader(SpectrumTicketingConstants.TICKET_ID));
        assertThat(ticket.getCustomerTicketNumber()).isEqualTo("VZW123");
        assertThat(ticket.getStatus()).isEqualTo("In Progress");
        assertThat(ticket.getImpactedCircuits()).contains("22.L1ZZ.803238..TEST");
    }

    @Test
    void listsSitesAndCircuitsAndLooksUpOneCircuit() {
        List<?> sites = template.requestBody(uri("getSites"), null, List.class);
        List<?> circuits = template.requestBody(uri("getCircuits"), null, List.class);
        String circuitId = ((Circuit) circuits.get(0)).getCircuitId();

        Circuit circuit = template.requestBodyAndHeader(uri("getCircuit"), null,
                SpectrumTicketingConstants.CIRCUIT_ID, circuitId, Circuit.class);

        assertThat(sites).isNotEmpty().allSatisfy(s -> assertThat(((Site) s).getSiteGuid()).isNotBlank());
        assertThat(circuit.getCircuitId()).isEqualTo(circuitId);
    }

    @Test
    void addsANoteAndAnAttachmentThenRequestsClosure() {
        String number = createTicket();

        template.requestBodyAndHeader(uri("addNote"), "Rebooted the CPE, still no light on port 2.",
                SpectrumTicketingConstants.TICKET_ID, number);
        byte[] ping = "ping 10.0.0.1: 100% loss".getBytes(StandardCharsets.UTF_8);
        template.requestBodyAndHeaders(uri("addAttachment"), ping,
                Map.of(SpectrumTicketingConstants.TICKET_ID, number,
                        SpectrumTicketingConstants.FILE_NAME, "ping.txt"));
        template.requestBodyAndHeaders(uri("addNote"), "Service restored after the fiber repair.",
                Map.of(SpectrumTicketingConstants.TICKET_ID, number,
                        SpectrumTicketingConstants.NOTE_ACTION, "Customer-Closure"));

        var ticket = simulator.simulator().ticket(number).orElseThrow();
        assertThat(ticket.attachments()).hasSize(1);
        assertThat(simulator.simulator().requestsTo(".*/tickets/.*/notes")).hasSize(2)
                .last().satisfies(r -> assertThat(r.getBodyAsString()).contains("\"action\":\"Customer-Closure\""));
    }

    @Test
    void noteOnAClosedTicketIsRefusedAsNotEditable() {
        String number = createTicket();
        simulator.simulator().supportDesk().close(number);

        CamelExecutionException error = fails(() -> template.requestBodyAndHeader(uri("addNote"), "Any news?",
                SpectrumTicketingConstants.TICKET_ID, number));

        assertThat(error.getCause()).isInstanceOfSatisfying(SpectrumBadRequestException.class,
                e -> assertThat(e.getProviderMessage()).isEqualTo("Ticket is not in editable state"));
    }

    @Test
    void findsTicketsUpdatedSinceATimeAndPagesThroughTheRest() {
        SpectrumSimulator sim = simulator.simulator();
        sim.generateTickets(sim.defaultOrganization(), 60);
        Instant before = Instant.now().minusSeconds(1);
        String number = createTicket();

        List<?> updated = template.requestBodyAndHeader(uri("getTickets"), null,
                SpectrumTicketingConstants.UPDATE_DATE_START, before, List.class);
        Exchange all = template.request(uri("getTickets"), e -> { });
        List<?> page2 = template.requestBodyAndHeader(uri("getTickets"), null, SpectrumTicketingConstants.PAGE_NUMBER,
                2, List.class);

        assertThat(updated).extracting(t -> ((Ticket) t).getSpectrumTicketNumber()).contains(number);
        int total = all.getMessage().getHeader(SpectrumTicketingConstants.TICKETS_COUNT, Integer.class);
        assertThat(all.getMessage().getBody(List.class)).hasSize(total);
        assertThat(total).isGreaterThan(60);
        assertThat(page2).hasSize(25);
    }

    @Test
    void closedFilterReturnsOnlyClosedTickets() {
        List<?> closed = template.requestBody(uri("getTickets") + "&status=Closed", null, List.class);

        assertThat(closed).isNotEmpty().allSatisfy(t -> assertThat(((Ticket) t).isClosed()).isTrue());
    }

    @Test
    void anotherOrganizationsTicketIsForbidden() {
        String foreign = simulator.simulator().tickets(simulator.simulator().otherOrganization()).get(0).id();

        CamelExecutionException error = fails(() -> template.requestBodyAndHeader(uri("getTicket"), null,
                SpectrumTicketingConstants.TICKET_ID, foreign));

        assertThat(error.getCause()).isInstanceOf(SpectrumForbiddenException.class);
    }

    @Test
    void revokedTokenIsRenewedWithoutTheRouteNoticing() {
        template.requestBody(uri("getSites"), (Object) null);
        simulator.simulator().revokeTokens();

        List<?> sites = template.requestBody(uri("getSites"), null, List.class);

        assertThat(sites).isNotEmpty();
        assertThat(simulator.simulator().tokenRequestCount()).isEqualTo(2);
    }

    @Test
    void invalidRequestNeverReachesTheProvider() {
        int before = simulator.simulator().requestsTo(".*/tickets").size();

        CamelExecutionException error = fails(() -> template.requestBody(uri("createTicket"),
                "{\"siteGuid\":\"GHTER5V0GS4TQAPWXW7V8C000TEST\",\"buildingPower\":\"Yes\"}"));

        assertThat(error.getCause()).isInstanceOf(SpectrumValidationException.class);
        assertThat(simulator.simulator().requestsTo(".*/tickets")).hasSize(before);
    }

    @Test
    void unavailableProviderIsARetryableError() {
        simulator.simulator().failNext(".*/sites", 503, 1);

        CamelExecutionException error = fails(() -> template.requestBody(uri("getSites"), (Object) null));

        assertThat(error.getCause()).isInstanceOfSatisfying(SpectrumServerException.class,
                e -> assertThat(e.isRetryable()).isTrue());
    }

    private String createTicket() {
        Exchange created = template.request(uri("createTicket"),
                e -> e.getMessage().setBody(fixture("create-ticket-request.json")));
        assertThat(created.getException()).isNull();
        return created.getMessage().getHeader(SpectrumTicketingConstants.SPECTRUM_TICKET_NUMBER, String.class);
    }

    private static String uri(String operation) {
        return "spectrum-ticketing:" + operation + OPTIONS;
    }

    private static CamelExecutionException fails(Runnable call) {
        try {
            call.run();
        } catch (CamelExecutionException e) {
            return e;
        }
        throw new AssertionError("the call should have failed");
    }
}
