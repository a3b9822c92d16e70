package dev.ticketbridge.spectrum;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.ticketbridge.spectrum.model.Circuit;
import dev.ticketbridge.spectrum.model.CreateTicketRequest;
import dev.ticketbridge.spectrum.model.CreateTicketResponse;
import dev.ticketbridge.spectrum.model.NoteAction;
import dev.ticketbridge.spectrum.model.RequestContact;
import dev.ticketbridge.spectrum.model.Site;
import dev.ticketbridge.spectrum.model.Ticket;
import dev.ticketbridge.spectrum.model.TicketIdResponse;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToIgnoreCase;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.ticketbridge.spectrum.Fixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every producer operation against a server that answers with the provider's own example payloads.
 */
class ProducerOperationsTest extends SpectrumWireMockTestSupport {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void getTicketsAsksForEveryTicketUnpagedAndAnswersAList() {
        stubGet("/tickets", "tickets-page-response.json");

        Exchange exchange = template.request("spectrum-ticketing:getTickets", null);

        List<?> tickets = exchange.getMessage().getBody(List.class);
        assertThat(tickets).hasSize(1);
        Ticket ticket = (Ticket) tickets.get(0);
        assertThat(ticket.getSpectrumTicketNumber()).isEqualTo("ECT-82521505");
        assertThat(ticket.getStatus()).isEqualTo("Closed");
        assertThat(exchange.getMessage().getHeader(SpectrumTicketingConstants.TICKETS_COUNT)).isEqualTo(72);
        LoggedRequest sent = onlyRequest("GET", api("/tickets"));
        assertThat(sent.queryParameter("paginate").firstValue()).isEqualTo("false");
        assertThat(sent.queryParameter("returnPageNumber").isPresent()).isFalse();
        assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer " + ACCESS_TOKEN);
        assertThat(sent.getHeader("Accept")).isEqualTo("application/json;charset=utf-8");
        assertThat(sent.getHeader("X_TXN_ID")).matches(UUID_PATTERN)
                .isEqualTo(exchange.getMessage().getHeader(SpectrumTicketingConstants.TRANSACTION_ID));
    }

    @Test
    void getTicketsSendsEveryFilterFromHeadersInTheProvidersDateFormat() {
        stubGet("/tickets", "tickets-page-response.json");
        Map<String, Object> headers = new HashMap<>();
        headers.put(SpectrumTicketingConstants.STATUS, "closed");
        headers.put(SpectrumTicketingConstants.OPEN_DATE_START, Instant.parse("2023-11-01T16:00:00.750Z"));
        headers.put(SpectrumTicketingConstants.OPEN_DATE_END, OffsetDateTime.of(2023, 12, 31, 5, 0, 0, 0,
                ZoneOffset.ofHours(-5)));
        headers.put(SpectrumTicketingConstants.UPDATE_DATE_START, Date.from(Instant.parse("2024-01-02T03:04:05Z")));
        headers.put(SpectrumTicketingConstants.UPDATE_DATE_END, 1711040000L);
        headers.put(SpectrumTicketingConstants.RESOLVED_DATE_START, "2024-02-01T00:00:00Z");
        headers.put(SpectrumTicketingConstants.RESOLVED_DATE_END, ZonedDateTime.parse("2024-02-02T00:00:00Z"));
        headers.put(SpectrumTicketingConstants.CLOSED_DATE_START, "1693584000");
        headers.put(SpectrumTicketingConstants.CLOSED_DATE_END, "2025-09-08T00:00:00.000+0000");

        template.requestBodyAndHeaders("spectrum-ticketing:getTickets", null, headers);

        LoggedRequest sent = onlyRequest("GET", api("/tickets"));
        assertThat(sent.queryParameter("status").firstValue()).isEqualTo("Closed");
        assertThat(sent.queryParameter("openDateStart").firstValue()).isEqualTo("2023-11-01T16:00:00.000Z");
        assertThat(sent.queryParameter("openDateEnd").firstValue()).isEqualTo("2023-12-31T10:00:00.000Z");
        assertThat(sent.queryParameter("updateDateStart").firstValue()).isEqualTo("2024-01-02T03:04:05.000Z");
        assertThat(sent.queryParameter("updateDateEnd").firstValue()).isEqualTo("2024-03-21T16:53:20.000Z");
        assertThat(sent.queryParameter("resolvedDateStart").firstValue()).isEqualTo("2024-02-01T00:00:00.000Z");
        assertThat(sent.queryParameter("resolvedDateEnd").firstValue()).isEqualTo("2024-02-02T00:00:00.000Z");
        assertThat(sent.queryParameter("closedDateStart").firstValue()).isEqualTo("2023-09-01T16:00:00.000Z");
        assertThat(sent.queryParameter("closedDateEnd").firstValue()).isEqualTo("2025-09-08T00:00:00.000Z");
        assertThat(sent.queryParameter("paginate").firstValue()).isEqualTo("false");
    }

    @Test
    void getTicketsHeaderWinsOverEndpointOption() {
        stubGet("/tickets", "tickets-page-response.json");

        template.requestBodyAndHeader("spectrum-ticketing:getTickets?status=Closed&openDateStart=2024-01-01T00:00:00Z",
                null, SpectrumTicketingConstants.STATUS, "In Progress");

        LoggedRequest sent = onlyRequest("GET", api("/tickets"));
        assertThat(sent.getUrl()).as("the raw query, spelled as in the provider's examples")
                .isEqualTo(api("/tickets") + "?status=In%20Progress&openDateStart=2024-01-01T00:00:00.000Z"
                           + "&paginate=false");
        assertThat(sent.queryParameter("status").firstValue()).isEqualTo("In Progress");
        assertThat(sent.queryParameter("openDateStart").firstValue()).isEqualTo("2024-01-01T00:00:00.000Z");
    }

    @Test
    void getTicketsWithPageNumberAsksForThatPageOnly() {
        stubGet("/tickets", "tickets-page-response.json");

        template.requestBodyAndHeader("spectrum-ticketing:getTickets", null, SpectrumTicketingConstants.PAGE_NUMBER,
                "2");

        List<LoggedRequest> requests = provider.findAll(getRequestedFor(urlPathEqualTo(api("/tickets"))));
        assertThat(requests).as("one page asked for, one page read").hasSize(1);
        LoggedRequest sent = requests.get(0);
        assertThat(sent.queryParameter("paginate").firstValue()).isEqualTo("true");
        assertThat(sent.queryParameter("returnPageNumber").firstValue()).isEqualTo("2");
    }

    @Test
    void getTicketsReadsTheRemainingPagesWhenTheProviderPagesAnyway() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        String page1 = pageOf(mapper, 30, 0, 25);
        String page2 = pageOf(mapper, 30, 24, 30);
        provider.stubFor(get(urlPathEqualTo(api("/tickets"))).withQueryParam("paginate", equalTo("false"))
                .willReturn(okJson(page1)));
        provider.stubFor(get(urlPathEqualTo(api("/tickets"))).withQueryParam("returnPageNumber", equalTo("2"))
                .willReturn(okJson(page2)));

        List<?> tickets = template.requestBody("spectrum-ticketing:getTickets", null, List.class);

        assertThat(tickets).extracting(t -> ((Ticket) t).getId()).doesNotHaveDuplicates().hasSize(30);
        provider.verify(getRequestedFor(urlPathEqualTo(api("/tickets"))).withQueryParam("paginate", equalTo("true"))
                .withQueryParam("returnPageNumber", equalTo("2")));
    }

    private static String pageOf(ObjectMapper mapper, int total, int from, int to) throws Exception {
        ObjectNode page = mapper.createObjectNode().put("ticketsCount", total);
        var tickets = page.putArray("tickets");
        for (int i = from; i < to; i++) {
            tickets.addObject().put("id", "T" + i).put("dateUpdated", 1711040000L + i);
        }
        return mapper.writeValueAsString(page);
    }

    @Test
    void getTicketsNoContentIsAnEmptyList() {
        provider.stubFor(get(urlPathEqualTo(api("/tickets"))).willReturn(aResponse().withStatus(204)));

        Exchange exchange = template.request("spectrum-ticketing:getTickets", null);

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(List.class)).isEmpty();
        assertThat(exchange.getMessage().getHeader(SpectrumTicketingConstants.TICKETS_COUNT)).isEqualTo(0);
    }

    @Test
    void getTicketByEctNumberAnswersTheDetailWithNotes() {
        stubGet("/tickets/ECT-12345678", "ticket-detail-response.json");

        Exchange exchange = template.request("spectrum-ticketing:getTicket",
                e -> e.getMessage().setHeader(SpectrumTicketingConstants.TICKET_ID, "ECT-12345678"));

        Ticket ticket = exchange.getMessage().getBody(Ticket.class);
        assertThat(ticket.getId()).isEqualTo("RSGADG2LITIC5ASCC166SBCCESRUM1");
        assertThat(ticket.getNotes()).singleElement()
                .satisfies(n -> assertThat(n.getNote()).startsWith("We are reaching out"));
        assertThat(ticket.getCustomerActionMinuteDetails()).singleElement()
                .satisfies(d -> assertThat(d.getStartTime()).isEqualTo(1601391028L));
        assertThat(ticket.getDateResolved()).isNull();
        assertThat(exchange.getMessage().getHeader(SpectrumTicketingConstants.SPECTRUM_TICKET_NUMBER))
                .isEqualTo("ECT-12345678");
    }

    @Test
    void getTicketTakesTheIdFromTheEndpointWhenNoHeaderIsSet() {
        stubGet("/tickets/RSGADG2LITIC5ASCC166SBCCESRUM1", "ticket-detail-response.json");

        Ticket ticket = template.requestBody("spectrum-ticketing:getTicket?ticketId=RSGADG2LITIC5ASCC166SBCCESRUM1",
                null, Ticket.class);

        assertThat(ticket.getSpectrumTicketNumber()).isEqualTo("ECT-12345678");
    }

    @Test
    void getTicketNoContentIsANullBody() {
        provider.stubFor(get(urlPathEqualTo(api("/tickets/ECT-1"))).willReturn(aResponse().withStatus(204)));

        Object body = template.requestBodyAndHeader("spectrum-ticketing:getTicket", "ignored",
                SpectrumTicketingConstants.TICKET_ID, "ECT-1");

        assertThat(body).isNull();
    }

    @Test
    void idsAreSentAsOnePathSegmentWhateverTheyContain() {
        stubGet("/tickets/A%2FB%20C", "ticket-detail-response.json");
        stubGet("/circuits/%2E%2E", "circuit-response.json");

        Ticket ticket = template.requestBodyAndHeader("spectrum-ticketing:getTicket", null,
                SpectrumTicketingConstants.TICKET_ID, "A/B C", Ticket.class);
        Circuit circuit = template.requestBodyAndHeader("spectrum-ticketing:getCircuit", null,
                SpectrumTicketingConstants.CIRCUIT_ID, "..", Circuit.class);

        assertThat(ticket).isNotNull();
        assertThat(circuit).isNotNull();
    }

    @Test
    void emptySuccessfulAnswerIsReadLikeNoContent() {
        provider.stubFor(post(urlPathEqualTo(api("/tickets/T1/notes"))).willReturn(aResponse().withStatus(200)));

        Exchange exchange = template.request("spectrum-ticketing:addNote?ticketId=T1",
                e -> e.getMessage().setBody("Any news?"));

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody()).isNull();
    }

    @Test
    void getSitesAnswersAListOfSites() {
        stubGet("/sites", "sites-response.json");

        List<?> sites = template.requestBody("spectrum-ticketing:getSites", null, List.class);

        assertThat(sites).singleElement().isInstanceOfSatisfying(Site.class,
                s -> assertThat(s.getSiteGuid()).isEqualTo("er67sq5ae-g343-565h-7688-s22gbdsw2gb56"));
    }

    @Test
    void getCircuitsAnswersAListOfCircuits() {
        stubGet("/circuits", "circuits-response.json");

        List<?> circuits = template.requestBody("spectrum-ticketing:getCircuits", null, List.class);

        assertThat(circuits).hasSize(2).allSatisfy(c -> assertThat(c).isInstanceOf(Circuit.class));
        assertThat(((Circuit) circuits.get(1)).getCircuitId()).isEqualTo("94.L1XX.001464..CHTR");
    }

    @Test
    void getCircuitsNoContentIsAnEmptyList() {
        provider.stubFor(get(urlPathEqualTo(api("/circuits"))).willReturn(aResponse().withStatus(204)));

        List<?> circuits = template.requestBody("spectrum-ticketing:getCircuits", null, List.class);

        assertThat(circuits).isEmpty();
    }

    @Test
    void getCircuitLooksUpOneCircuitFromTheHeader() {
        stubGet("/circuits/94.L1XX.001464CHTR", "circuit-response.json");

        Circuit circuit = template.requestBodyAndHeader("spectrum-ticketing:getCircuit", null,
                SpectrumTicketingConstants.CIRCUIT_ID, "94.L1XX.001464CHTR", Circuit.class);

        assertThat(circuit.getLocation().getCity()).isEqualTo("ENGLEWOOD");
    }

    @Test
    void createTicketFromJsonTextSendsItAndSetsTheTicketHeaders() {
        stubPost("/tickets", "create-ticket-response.json");

        Exchange exchange = template.request("spectrum-ticketing:createTicket",
                e -> e.getMessage().setBody(fixture("create-ticket-request.json")));

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(CreateTicketResponse.class).getTicketId())
                .isEqualTo("RSGJR030ERPZ4ARQI5JVRPI9LJ5SIE");
        assertThat(exchange.getMessage().getHeader(SpectrumTicketingConstants.TICKET_ID))
                .isEqualTo("RSGJR030ERPZ4ARQI5JVRPI9LJ5SIE");
        assertThat(exchange.getMessage().getHeader(SpectrumTicketingConstants.SPECTRUM_TICKET_NUMBER))
                .isEqualTo("ECT-12345678");
        provider.verify(postRequestedFor(urlPathEqualTo(api("/tickets")))
                .withHeader("Content-Type", equalToIgnoreCase("application/json;charset=utf-8"))
                .withRequestBody(equalToJson(fixture("create-ticket-request.json"))));
    }

    @Test
    void createTicketFromBytesStreamMapAndTypedRequestSendsTheSameJson() throws Exception {
        stubPost("/tickets", "create-ticket-response.json");
        String json = fixture("create-ticket-request.json");
        Map<?, ?> map = new ObjectMapper().readValue(json, Map.class);
        CreateTicketRequest typed = new ObjectMapper().readValue(json, CreateTicketRequest.class);

        template.requestBody("spectrum-ticketing:createTicket", json.getBytes(StandardCharsets.UTF_8));
        template.requestBody("spectrum-ticketing:createTicket",
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        template.requestBody("spectrum-ticketing:createTicket", map);
        template.requestBody("spectrum-ticketing:createTicket", typed);

        provider.verify(4, postRequestedFor(urlPathEqualTo(api("/tickets"))).withRequestBody(equalToJson(json)));
    }

    @Test
    void createTicketTakesTheSubmitterFromTheHeaderWhenTheBodyHasNone() {
        stubPost("/tickets", "create-ticket-response.json");
        CreateTicketRequest request = CreateTicketRequest.builder()
                .siteGuid("GHTER5V0GS4TQAPWXW7V8C000TEST")
                .issueDescription("Circuit down since 09:00")
                .customerTicketId("INC0012345")
                .businessImpact(dev.ticketbridge.spectrum.model.BusinessImpact.OUTAGE)
                .contact(RequestContact.builder().type(dev.ticketbridge.spectrum.model.ContactType.SITE)
                        .firstName("Ana").lastName("Lima").phoneNumber("303-555-0100").email("ana@acme.example")
                        .build())
                .build();

        template.requestBodyAndHeader("spectrum-ticketing:createTicket", request,
                SpectrumTicketingConstants.SUBMITTER_ID, "ana@acme.example");

        provider.verify(postRequestedFor(urlPathEqualTo(api("/tickets"))).withRequestBody(equalToJson(
                "{\"siteGuid\":\"GHTER5V0GS4TQAPWXW7V8C000TEST\",\"submitterId\":\"ana@acme.example\","
                + "\"issueDescription\":\"Circuit down since 09:00\",\"customerTicketId\":\"INC0012345\","
                + "\"businessImpact\":\"Outage\",\"contacts\":[{\"type\":\"Site\",\"firstName\":\"Ana\","
                + "\"lastName\":\"Lima\",\"phoneNumber\":\"303-555-0100\",\"email\":\"ana@acme.example\"}]}")));
    }

    @Test
    void createTicketUsesTheEndpointSubmitterForJsonWithoutOne() {
        stubPost("/tickets", "create-ticket-response.json");
        String json = fixture("create-ticket-request.json").replace(
                "\"submitterId\": \"John.Smith@emailprovider.com\",", "");

        template.requestBody("spectrum-ticketing:createTicket?submitterId=desk@acme.example", json);

        provider.verify(postRequestedFor(urlPathEqualTo(api("/tickets")))
                .withRequestBody(matching(".*\"submitterId\":\"desk@acme.example\".*")));
    }

    @Test
    void addNoteSendsTextWithTheActionAndSubmitterFromHeaders() {
        stubPost("/tickets/RSGJR030ERPZ4ARQI5JVRPI9LJ5SIE/notes", "ticket-id-response.json");
        Map<String, Object> headers = Map.of(
                SpectrumTicketingConstants.TICKET_ID, "RSGJR030ERPZ4ARQI5JVRPI9LJ5SIE",
                SpectrumTicketingConstants.NOTE_ACTION, NoteAction.CUSTOMER_CLOSURE,
                SpectrumTicketingConstants.SUBMITTER_ID, "johnSmith@emailprovide.com");

        TicketIdResponse answer = template.requestBodyAndHeaders("spectrum-ticketing:addNote",
                "We turned it off and on again - seems to be working now.", headers, TicketIdResponse.class);

        assertThat(answer.getTicketId()).isEqualTo("123e4567-e89b-12d3-a456-426655440000");
        provider.verify(postRequestedFor(urlPathEqualTo(api("/tickets/RSGJR030ERPZ4ARQI5JVRPI9LJ5SIE/notes")))
                .withRequestBody(equalToJson(fixture("note-request.json").replace("Customer-Note",
                        "Customer-Closure"))));
    }

    @Test
    void addNoteByEctNumberLooksUpTheTicketIdOnce() {
        stubGet("/tickets/ECT-12345678", "ticket-detail-response.json");
        stubPost("/tickets/RSGADG2LITIC5ASCC166SBCCESRUM1/notes", "ticket-id-response.json");

        template.requestBodyAndHeader("spectrum-ticketing:addNote", "First note",
                SpectrumTicketingConstants.TICKET_ID, "ECT-12345678");
        template.requestBodyAndHeader("spectrum-ticketing:addNote", "Second note",
                SpectrumTicketingConstants.TICKET_ID, "ect-12345678");

        provider.verify(1, getRequestedFor(urlPathEqualTo(api("/tickets/ECT-12345678"))));
        provider.verify(2, postRequestedFor(urlPathEqualTo(api("/tickets/RSGADG2LITIC5ASCC166SBCCESRUM1/notes"))));
    }

    @Test
    void addNoteDefaultsToACustomerNoteFromTheEndpointSubmitter() {
        stubPost("/tickets/T1/notes", "ticket-id-response.json");

        template.requestBody("spectrum-ticketing:addNote?ticketId=T1", "Still down at the Dallas site.");

        provider.verify(postRequestedFor(urlPathEqualTo(api("/tickets/T1/notes"))).withRequestBody(equalToJson(
                "{\"note\":\"Still down at the Dallas site.\",\"submitterId\":\"noc@acme.example\","
                + "\"action\":\"Customer-Note\"}")));
    }

    @Test
    void addNoteReadsAStreamBodyOnce() {
        stubPost("/tickets/T1/notes", "ticket-id-response.json");

        template.requestBodyAndHeader("spectrum-ticketing:addNote",
                new ByteArrayInputStream("Fiber cut near the site.".getBytes(StandardCharsets.UTF_8)),
                SpectrumTicketingConstants.TICKET_ID, "T1");

        provider.verify(postRequestedFor(urlPathEqualTo(api("/tickets/T1/notes")))
                .withRequestBody(matching(".*\"note\":\"Fiber cut near the site.\".*")));
    }

    @Test
    void addNoteAcceptsTheProvidersJsonNote() {
        stubPost("/tickets/T1/notes", "ticket-id-response.json");

        template.requestBodyAndHeader("spectrum-ticketing:addNote", fixture("note-request.json"),
                SpectrumTicketingConstants.TICKET_ID, "T1");

        provider.verify(postRequestedFor(urlPathEqualTo(api("/tickets/T1/notes")))
                .withRequestBody(equalToJson(fixture("note-request.json"))));
    }

    @Test
    void addAttachmentSendsAFileAsMultipartWithTheSubmitter(@TempDir Path dir) throws Exception {
        stubPost("/tickets/T1/attachments", "ticket-id-response.json");
        Path file = Files.writeString(dir.resolve("traceroute.txt"), "hop 1 10.0.0.1\nhop 2 * * *\n");

        TicketIdResponse answer = template.requestBodyAndHeader("spectrum-ticketing:addAttachment", file.toFile(),
                SpectrumTicketingConstants.TICKET_ID, "T1", TicketIdResponse.class);

        assertThat(answer.getTicketId()).isEqualTo("123e4567-e89b-12d3-a456-426655440000");
        provider.verify(postRequestedFor(urlPathEqualTo(api("/tickets/T1/attachments")))
                .withHeader("Content-Type", matching("multipart/form-data.*"))
                .withRequestBodyPart(aMultipart("file").withHeader("Content-Disposition",
                        matching(".*filename=\"traceroute.txt\".*")).withBody(equalTo("hop 1 10.0.0.1\nhop 2 * * *\n"))
                        .build())
                .withRequestBodyPart(aMultipart("submitterId").withBody(equalTo("noc@acme.example")).build()));
    }

    @Test
    void addAttachmentNamesBytesFromTheFileNameHeader() {
        stubPost("/tickets/T1/attachments", "ticket-id-response.json");
        Map<String, Object> headers = Map.of(SpectrumTicketingConstants.TICKET_ID, "T1",
                SpectrumTicketingConstants.FILE_NAME, "photo.png");

        template.requestBodyAndHeaders("spectrum-ticketing:addAttachment", new byte[] { (byte) 0x89, 'P', 'N', 'G' },
                headers);

        provider.verify(postRequestedFor(urlPathEqualTo(api("/tickets/T1/attachments")))
                .withRequestBodyPart(aMultipart("file").withHeader("Content-Type", equalTo("image/png"))
                        .withHeader("Content-Disposition", matching(".*filename=\"photo.png\".*")).build()));
    }

    @Test
    void restartedEndpointAndComponentCallAgain() {
        stubGet("/sites", "sites-response.json");
        SpectrumTicketingEndpoint endpoint = context.getEndpoint("spectrum-ticketing:getSites",
                SpectrumTicketingEndpoint.class);
        template.requestBody(endpoint, (Object) null);

        endpoint.stop();
        endpoint.getComponent().stop();
        endpoint.getComponent().start();
        endpoint.start();
        List<?> sites = template.requestBody(endpoint, null, List.class);

        assertThat(sites).hasSize(1);
    }

    @Test
    void operationHeaderOverridesTheEndpointOperation() {
        stubGet("/sites", "sites-response.json");

        List<?> sites = template.requestBodyAndHeader("spectrum-ticketing:getCircuits", null,
                SpectrumTicketingConstants.OPERATION, "getSites", List.class);

        assertThat(sites).singleElement().isInstanceOf(Site.class);
    }

    @Test
    void givenTransactionIdIsSentAsIs() {
        stubGet("/sites", "sites-response.json");

        template.requestBodyAndHeader("spectrum-ticketing:getSites", null, SpectrumTicketingConstants.TRANSACTION_ID,
                "e8a763c9-4c5b-48c0-97c2-c18d70084de2");

        provider.verify(getRequestedFor(urlPathEqualTo(api("/sites")))
                .withHeader("X_TXN_ID", equalTo("e8a763c9-4c5b-48c0-97c2-c18d70084de2")));
    }

    /**
     * The one request for every ticket. The provider's example list is page 1 of 3 ("ticketsCount": 72 with one
     * ticket shown), so the client goes on to read pages 2 and 3 after it; those are left out here.
     */
    private static LoggedRequest onlyRequest(String method, String path) {
        List<LoggedRequest> requests = provider.findAll(
                "GET".equals(method) ? getRequestedFor(urlPathEqualTo(path)) : postRequestedFor(urlPathEqualTo(path)));
        List<LoggedRequest> unpaged = requests.stream()
                .filter(r -> !r.queryParameter("paginate").isPresent()
                             || "false".equals(r.queryParameter("paginate").firstValue()))
                .toList();
        assertThat(unpaged).hasSize(1);
        return unpaged.get(0);
    }
}
