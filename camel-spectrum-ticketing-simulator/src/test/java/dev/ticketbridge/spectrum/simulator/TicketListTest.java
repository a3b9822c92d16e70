package dev.ticketbridge.spectrum.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static dev.ticketbridge.spectrum.simulator.ApiClient.example;
import static dev.ticketbridge.spectrum.simulator.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

class TicketListTest {

    @RegisterExtension
    static final SpectrumSimulatorExtension SIM = SpectrumSimulatorExtension.builder()
            .seedDemoData(false)
            .resetBetweenTests(true)
            .build();

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final Instant BOUND = Instant.parse("2026-03-01T10:00:00Z");

    private final ApiClient client = new ApiClient(SIM.simulator());
    private SpectrumSimulator sim;
    private Organization org;
    private String token;

    @BeforeEach
    void freezeTime() {
        sim = SIM.simulator();
        sim.clock().setInstant(NOW);
        org = sim.defaultOrganization();
        token = client.token(org);
    }

    private void addOpenTickets(int count) {
        for (int i = 0; i < count; i++) {
            sim.addTicket(org, SimulatedTicket.builder().dateCreated(NOW.minus(Duration.ofHours(i + 1))));
        }
    }

    /** A ticket whose four dates are all the given instant. */
    private SimulatedTicket addTicketDated(Instant date) {
        return sim.addTicket(org, SimulatedTicket.builder().status(TicketStatus.CLOSED).dateCreated(date)
                .dateUpdated(date).dateResolved(date).dateClosed(date));
    }

    private static List<String> ids(JsonNode envelope) {
        List<String> ids = new ArrayList<>();
        envelope.get("tickets").forEach(t -> ids.add(t.get("id").asText()));
        return ids;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void returnsOnlyTheFirstPageWhenNoParameterIsGiven() {
        // given
        addOpenTickets(30);

        // when
        JsonNode envelope = json(client.get("/tickets", token));

        // then
        assertThat(envelope.get("tickets")).hasSize(25);
        assertThat(envelope.get("ticketsCount").asInt()).isEqualTo(30);
        assertThat(envelope.get("resultsRetrieved").asText()).isEqualTo("25 of 30");
        assertThat(envelope.get("pageReturned").asText()).isEqualTo("1 of 2");
    }

    @Test
    void returnsEveryTicketWhenPaginateIsFalse() {
        // given
        addOpenTickets(30);

        // when
        JsonNode envelope = json(client.get("/tickets?paginate=false", token));

        // then
        assertThat(envelope.get("tickets")).hasSize(30);
        assertThat(envelope.get("resultsRetrieved").asText()).isEqualTo("30 of 30");
        assertThat(envelope.get("pageReturned").asText()).isEqualTo("1 of 1");
    }

    @Test
    void ignoresThePageNumberWhenPaginateIsFalse() {
        // given
        addOpenTickets(30);

        // when
        JsonNode envelope = json(client.get("/tickets?paginate=false&returnPageNumber=2", token));

        // then
        assertThat(envelope.get("tickets")).hasSize(30);
        assertThat(envelope.get("pageReturned").asText()).isEqualTo("1 of 1");
    }

    @Test
    void doesNotPageWhenOtherParametersAreGivenWithoutPaginate() {
        // given
        addOpenTickets(30);

        // when the parameter table's default (false) applies
        JsonNode envelope = json(client.get("/tickets?status=" + encode("In Progress"), token));

        // then
        assertThat(envelope.get("tickets")).hasSize(30);
    }

    @Test
    void pagesByTwentyFiveWithTheProvidersCounts() {
        // given the provider example's 72 tickets
        addOpenTickets(72);

        // when
        JsonNode first = json(client.get("/tickets?paginate=true&returnPageNumber=1", token));
        JsonNode last = json(client.get("/tickets?paginate=true&returnPageNumber=3", token));

        // then
        assertThat(first.get("resultsRetrieved").asText()).isEqualTo("25 of 72");
        assertThat(first.get("pageReturned").asText()).isEqualTo("1 of 3");
        assertThat(last.get("tickets")).hasSize(22);
        assertThat(last.get("resultsRetrieved").asText()).isEqualTo("22 of 72");
        assertThat(last.get("pageReturned").asText()).isEqualTo("3 of 3");
    }

    @Test
    void pagesNeitherOverlapNorSkipTickets() {
        // given
        addOpenTickets(60);

        // when
        List<String> seen = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            seen.addAll(ids(json(client.get("/tickets?paginate=true&returnPageNumber=" + page, token))));
        }

        // then
        assertThat(seen).hasSize(60).doesNotHaveDuplicates();
    }

    @Test
    void pointsPreviousPageUrlOfPageOneAtPageOne() {
        // given
        addOpenTickets(72);

        // when
        JsonNode envelope = json(client.get("/tickets?paginate=true&returnPageNumber=1", token));

        // then
        assertThat(envelope.get("previousPageURL").asText())
                .isEqualTo(sim.baseUrl() + "/tickets?paginate=true&returnPageNumber=1");
        assertThat(envelope.get("nextPageURL").asText())
                .isEqualTo(sim.baseUrl() + "/tickets?paginate=true&returnPageNumber=2");
    }

    @Test
    void namesTheHostTheClientCalledInPageUrls() {
        // given
        addOpenTickets(30);
        String viaLoopbackAddress = "http://127.0.0.1:" + sim.port() + SpectrumSimulator.DEFAULT_API_BASE_PATH;

        // when
        JsonNode envelope = json(client.send(HttpRequest.newBuilder(
                URI.create(viaLoopbackAddress + "/tickets")).header("Authorization", "Bearer " + token)));

        // then
        assertThat(envelope.get("nextPageURL").asText()).startsWith(viaLoopbackAddress + "/tickets?");
    }

    @Test
    void keepsFiltersInPageUrls() {
        // given
        addOpenTickets(30);

        // when
        JsonNode envelope = json(client.get("/tickets?paginate=true&status=In%20Progress", token));

        // then
        String next = envelope.get("nextPageURL").asText();
        assertThat(next).contains("returnPageNumber=2").contains("status=In%20Progress");
        assertThat(client.get(next.substring(sim.baseUrl().length()), token).statusCode()).isEqualTo(200);
    }

    @Test
    void answers404ForAPageBeyondTheLast() {
        // given
        addOpenTickets(30);

        // when
        HttpResponse<String> response = client.get("/tickets?paginate=true&returnPageNumber=3", token);

        // then
        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void answers400ForAPageNumberThatIsNotAPositiveNumber() {
        // given
        addOpenTickets(3);

        // when
        HttpResponse<String> response = client.get("/tickets?paginate=true&returnPageNumber=first", token);

        // then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("message").asText()).contains("returnPageNumber");
    }

    @Test
    void answersTheEnvelopeInTheShapeOfTheProviderExample() {
        // given
        addTicketDated(BOUND);
        JsonNode example = example("tickets-page-response.json");

        // when
        JsonNode envelope = json(client.get("/tickets?paginate=true&closedDateStart=2026-01-01T00:00:00.000Z"
                + "&closedDateEnd=2026-05-01T00:00:00.000Z", token));

        // then
        assertThat(envelope.fieldNames()).toIterable().containsExactlyElementsOf(() -> example.fieldNames());
    }

    @Test
    void answersTicketsWithEveryFieldOfTheProviderExampleAndAnUndocumentedOne() {
        // given
        addTicketDated(BOUND);
        JsonNode exampleTicket = example("tickets-page-response.json").get("tickets").get(0);

        // when
        JsonNode ticket = json(client.get("/tickets?paginate=false", token)).get("tickets").get(0);

        // then
        List<String> expected = new ArrayList<>();
        exampleTicket.fieldNames().forEachRemaining(expected::add);
        expected.add(ApiJson.UNDOCUMENTED_FIELD);
        assertThat(ticket.fieldNames()).toIterable().containsExactlyElementsOf(expected);
        assertThat(ticket.has("notes")).isFalse();
    }

    @Test
    void listsNewestFirst() {
        // given
        SimulatedTicket older = addTicketDated(BOUND);
        SimulatedTicket newer = addTicketDated(BOUND.plusSeconds(60));

        // when
        JsonNode envelope = json(client.get("/tickets?paginate=false", token));

        // then
        assertThat(ids(envelope)).containsExactly(newer.id(), older.id());
    }

    @Test
    void filtersByStatus() {
        // given
        addOpenTickets(2);
        SimulatedTicket closed = addTicketDated(BOUND);

        // when
        JsonNode closedOnly = json(client.get("/tickets?status=Closed", token));
        JsonNode openOnly = json(client.get("/tickets?status=In+Progress", token));

        // then
        assertThat(ids(closedOnly)).containsExactly(closed.id());
        assertThat(openOnly.get("ticketsCount").asInt()).isEqualTo(2);
    }

    @Test
    void answers400ForAnUnknownStatus() {
        // when
        HttpResponse<String> response = client.get("/tickets?status=Open", token);

        // then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("message").asText()).contains("status");
    }

    @ParameterizedTest
    @ValueSource(strings = {"openDateStart", "updateDateStart", "resolvedDateStart", "closedDateStart"})
    void includesTicketsOnOrAfterAStartBound(String filter) {
        // given tickets one second before, at and after the bound
        addTicketDated(BOUND.minusSeconds(1));
        SimulatedTicket at = addTicketDated(BOUND);
        SimulatedTicket after = addTicketDated(BOUND.plusSeconds(1));

        // when
        JsonNode envelope = json(client.get("/tickets?paginate=false&" + filter + "=2026-03-01T10:00:00.000Z",
                token));

        // then
        assertThat(ids(envelope)).containsExactlyInAnyOrder(at.id(), after.id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"openDateEnd", "updateDateEnd", "resolvedDateEnd", "closedDateEnd"})
    void includesTicketsOnOrBeforeAnEndBound(String filter) {
        // given tickets one second before, at and after the bound
        SimulatedTicket before = addTicketDated(BOUND.minusSeconds(1));
        SimulatedTicket at = addTicketDated(BOUND);
        addTicketDated(BOUND.plusSeconds(1));

        // when
        JsonNode envelope = json(client.get("/tickets?paginate=false&" + filter + "=2026-03-01T10:00:00.000Z",
                token));

        // then
        assertThat(ids(envelope)).containsExactlyInAnyOrder(before.id(), at.id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"resolvedDateStart", "closedDateEnd"})
    void leavesOutTicketsThatHaveNoSuchDate(String filter) {
        // given an open ticket, never resolved nor closed
        addOpenTickets(1);

        // when
        HttpResponse<String> response = client.get("/tickets?" + filter + "=2026-03-01T10:00:00.000Z", token);

        // then
        assertThat(response.statusCode()).isEqualTo(204);
    }

    @Test
    void echoesEveryDateFilterAsEpochSeconds() {
        // given
        addTicketDated(BOUND);
        String[] filters = {"openDateStart", "openDateEnd", "updateDateStart", "updateDateEnd", "resolvedDateStart",
            "resolvedDateEnd", "closedDateStart", "closedDateEnd"};
        StringBuilder query = new StringBuilder("/tickets?paginate=false");
        for (int i = 0; i < filters.length; i++) {
            query.append('&').append(filters[i]).append('=')
                    .append(i % 2 == 0 ? "2026-02-01T00:00:00.000Z" : "2026-04-01T00:00:00.000Z");
        }

        // when
        JsonNode envelope = json(client.get(query.toString(), token));

        // then
        for (int i = 0; i < filters.length; i++) {
            long expected = Instant.parse(i % 2 == 0 ? "2026-02-01T00:00:00Z" : "2026-04-01T00:00:00Z")
                    .getEpochSecond();
            assertThat(envelope.get(filters[i]).asLong()).as(filters[i]).isEqualTo(expected);
        }
        assertThat(envelope.get("tickets")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-01", "2026-03-01T10:00:00Z", "2026-03-01T10:00:00.000+0000",
        "2026-13-01T10:00:00.000Z", "2026-02-30T10:00:00.000Z", "2026-03-01 10:00:00.000Z", "yesterday", ""})
    void answers400ForADateNotInTheProvidersFormat(String value) {
        // given
        addOpenTickets(1);

        // when
        HttpResponse<String> response = client.get("/tickets?updateDateStart=" + encode(value), token);

        // then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("message").asText()).contains("updateDateStart")
                .contains("YYYY-MM-DDTHH:MM:SS.000Z");
    }

    @Test
    void answers204WhenNothingMatches() {
        // given
        addOpenTickets(3);

        // when
        HttpResponse<String> response = client.get("/tickets?status=Closed", token);

        // then
        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void answers204ForAnOrganizationWithoutTickets() {
        // when
        HttpResponse<String> response = client.get("/tickets", token);

        // then
        assertThat(response.statusCode()).isEqualTo(204);
    }

    @Test
    void listsOnlyTicketsCreatedInTheLastTwelveMonths() {
        // given one ticket just inside the window and one just outside it
        SimulatedTicket recent = addTicketDated(Instant.parse("2025-06-01T12:00:00Z"));
        addTicketDated(Instant.parse("2025-06-01T11:59:59Z"));

        // when
        JsonNode envelope = json(client.get("/tickets?paginate=false&openDateStart=2020-01-01T00:00:00.000Z",
                token));

        // then
        assertThat(ids(envelope)).containsExactly(recent.id());
    }

    @Test
    void writesReadableDatesInTheStyleOfEachTicket() {
        // given
        Instant date = Instant.parse("2026-03-21T15:18:31Z");
        sim.addTicket(org, SimulatedTicket.builder().dateCreated(date).readableDateStyle(ReadableDateStyle.ZULU));
        sim.addTicket(org, SimulatedTicket.builder().dateCreated(date.minusSeconds(1))
                .readableDateStyle(ReadableDateStyle.OFFSET));

        // when
        JsonNode tickets = json(client.get("/tickets?paginate=false", token)).get("tickets");

        // then
        assertThat(tickets.get(0).get("dateCreated").asLong()).isEqualTo(date.getEpochSecond());
        assertThat(tickets.get(0).get("dateCreatedYMD").asText()).isEqualTo("2026-03-21T15:18:31.000Z");
        assertThat(tickets.get(1).get("dateCreatedYMD").asText()).isEqualTo("2026-03-21T15:18:30.000+0000");
        assertThat(tickets.get(1).get("dateClosedYMD").isNull()).isTrue();
    }
}
