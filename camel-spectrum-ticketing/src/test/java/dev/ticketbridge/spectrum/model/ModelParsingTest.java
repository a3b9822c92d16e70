package dev.ticketbridge.spectrum.model;

import java.time.Instant;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static dev.ticketbridge.spectrum.Fixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The model reads the provider's examples, every readable date form, and fields it does not know.
 */
class ModelParsingTest {

    private final ObjectMapper mapper = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void ticketPageReadsTheProvidersExample() throws Exception {
        TicketPage page = mapper.readValue(fixture("tickets-page-response.json"), TicketPage.class);

        assertThat(page.getTicketsCount()).isEqualTo(72);
        assertThat(page.getPageReturned()).isEqualTo("1 of 3");
        assertThat(page.getClosedDateStart()).isEqualTo(1693584000L);
        Ticket ticket = page.getTickets().get(0);
        assertThat(ticket.getSiteAddress().getZip5()).isEqualTo("33511");
        assertThat(ticket.getContacts().get(0).getType()).isEqualTo("SITE");
        assertThat(ticket.isClosed()).isTrue();
    }

    @Test
    void readableDatesAreReadInEveryFormTheProviderSends() throws Exception {
        TicketPage page = mapper.readValue(fixture("tickets-page-response.json"), TicketPage.class);
        Ticket detail = mapper.readValue(fixture("ticket-detail-response.json"), Ticket.class);

        Ticket listed = page.getTickets().get(0);
        assertThat(listed.getDateCreatedYMD()).isEqualTo(Instant.parse("2023-10-03T21:42:58Z"));
        assertThat(listed.getDateResolvedYMD()).as("the +00000 typo").isEqualTo(Instant.parse("2023-10-09T04:00:00Z"));
        assertThat(detail.getDateCreatedYMD()).as("the Z form").isEqualTo(Instant.parse("2024-03-21T15:18:31Z"));
    }

    @Test
    void epochFieldIsTheTruthAndTheReadableTwinTheFallback() {
        Ticket ticket = new Ticket();
        ticket.setDateUpdatedYMD(Instant.parse("2024-03-21T16:53:20Z"));
        ticket.setDateUpdated(0L);

        Instant fromTwin = ticket.updatedAt();
        ticket.setDateUpdated(1711040001L);

        assertThat(fromTwin).isEqualTo(Instant.parse("2024-03-21T16:53:20Z"));
        assertThat(ticket.updatedAt()).isEqualTo(Instant.ofEpochSecond(1711040001L));
    }

    @Test
    void openTicketHasNoResolvedOrClosedDate() throws Exception {
        Ticket detail = mapper.readValue(fixture("ticket-detail-response.json"), Ticket.class);

        assertThat(detail.resolvedAt()).isNull();
        assertThat(detail.closedAt()).isNull();
        assertThat(detail.isClosed()).isFalse();
    }

    @Test
    void unreadableReadableDateDoesNotFailTheTicket() throws Exception {
        String json = "{\"id\":\"T1\",\"dateUpdated\":1711040000,\"dateUpdatedYMD\":\"last Tuesday\"}";

        Ticket ticket = mapper.readValue(json, Ticket.class);

        assertThat(ticket.getDateUpdatedYMD()).isNull();
        assertThat(ticket.updatedAt()).isEqualTo(Instant.ofEpochSecond(1711040000L));
    }

    @Test
    void oddButHarmlessValuesDoNotBreakATicket() throws Exception {
        String json = "{\"id\":\"T1\",\"dateUpdated\":\"1711040000\",\"dateResolved\":\"\",\"dateClosed\":0,"
                      + "\"needsClientAttention\":\"true\",\"siteContacts\":\"John Doe\",\"impactedCircuits\":null}";

        Ticket ticket = mapper.copy().enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .readValue(json, Ticket.class);

        assertThat(ticket.updatedAt()).isEqualTo(Instant.ofEpochSecond(1711040000L));
        assertThat(ticket.resolvedAt()).isNull();
        assertThat(ticket.closedAt()).isNull();
        assertThat(ticket.getNeedsClientAttention()).isTrue();
        assertThat(ticket.getSiteContacts()).containsExactly("John Doe");
    }

    @Test
    void unknownFieldsAreKeptAndWrittenBack() throws Exception {
        String json = "{\"id\":\"T1\",\"status\":\"Escalated\",\"slaBreachRisk\":\"HIGH\","
                      + "\"siteAddress\":{\"zip5\":\"33511\",\"county\":\"Hillsborough\"}}";

        Ticket ticket = mapper.readValue(json, Ticket.class);
        JsonNode written = mapper.valueToTree(ticket);

        assertThat(ticket.getStatus()).isEqualTo("Escalated");
        assertThat(ticket.getAdditionalProperties()).containsEntry("slaBreachRisk", "HIGH");
        assertThat(written.path("slaBreachRisk").asText()).isEqualTo("HIGH");
        assertThat(written.path("siteAddress").path("county").asText()).isEqualTo("Hillsborough");
    }

    @Test
    void ticketIsWrittenBackWithTheProvidersFieldNamesAndDateForm() throws Exception {
        Ticket ticket = mapper.readValue(fixture("ticket-detail-response.json"), Ticket.class);

        JsonNode written = mapper.valueToTree(ticket);

        assertThat(written.path("spectrumTicketNumber").asText()).isEqualTo("ECT-12345678");
        assertThat(written.path("dateCreatedYMD").asText()).isEqualTo("2024-03-21T15:18:31.000+0000");
        assertThat(written.path("notes").get(0).path("noteType").asText()).isEqualTo("General");
        assertThat(written.has("createdAt")).isFalse();
    }

    @Test
    void sitesAndCircuitsReadTheProvidersExamples() throws Exception {
        SiteList sites = mapper.readValue(fixture("sites-response.json"), SiteList.class);
        CircuitList circuits = mapper.readValue(fixture("circuits-response.json"), CircuitList.class);
        Circuit circuit = mapper.readValue(fixture("circuit-response.json"), Circuit.class);

        assertThat(sites.getSitesCount()).isEqualTo(1);
        assertThat(sites.getSites().get(0).getZipCode()).isEqualTo("12345");
        assertThat(circuits.getCircuits()).extracting(Circuit::getCircuitId)
                .containsExactly("51.L4XX.000589..TWCC", "94.L1XX.001464..CHTR");
        assertThat(circuit.getLocation().getStreetAddress1()).isEqualTo("6399 S FIDDLERS GREEN CIR");
    }

    @Test
    void createTicketRequestOmitsWhatIsNotSet() throws Exception {
        CreateTicketRequest request = CreateTicketRequest.builder().siteGuid("S1").alarm(null).build();

        JsonNode written = mapper.valueToTree(request);

        assertThat(written.has("alarm")).as("an unset optional boolean is omitted, never sent empty").isFalse();
        assertThat(written.has("circuits")).isFalse();
        assertThat(written.path("siteGuid").asText()).isEqualTo("S1");
    }

    @Test
    void queryDatesUseTheProvidersFormatTruncatedToTheSecond() {
        TicketQuery query = TicketQuery.all().updateDateStart(Instant.parse("2023-11-01T16:00:00.999Z"));

        assertThat(query.toQueryParameters())
                .containsEntry("updateDateStart", "2023-11-01T16:00:00.000Z")
                .containsEntry("paginate", "false");
    }
}
