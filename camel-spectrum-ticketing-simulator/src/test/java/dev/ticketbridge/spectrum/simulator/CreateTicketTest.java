package dev.ticketbridge.spectrum.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;
import java.time.Instant;

import static dev.ticketbridge.spectrum.simulator.ApiClient.example;
import static dev.ticketbridge.spectrum.simulator.ApiClient.exampleText;
import static dev.ticketbridge.spectrum.simulator.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

class CreateTicketTest {

    @RegisterExtension
    static final SpectrumSimulatorExtension SIM = SpectrumSimulatorExtension.builder().resetBetweenTests(true).build();

    private final ApiClient client = new ApiClient(SIM.simulator());
    private String token;

    @BeforeEach
    void getToken() {
        token = client.token(SIM.simulator().defaultOrganization());
    }

    private static ObjectNode exampleBody() {
        return (ObjectNode) example("create-ticket-request.json");
    }

    private HttpResponse<String> create(Object body) {
        return client.postJson("/tickets", token, body.toString());
    }

    private static String message(HttpResponse<String> response) {
        return json(response).get("message").asText();
    }

    @Test
    void createsTheProvidersExampleTicket() {
        // given the provider's working example body
        String body = exampleText("create-ticket-request.json");

        // when
        HttpResponse<String> response = client.postJson("/tickets", token, body);

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode answer = json(response);
        assertThat(answer.fieldNames()).toIterable()
                .containsExactlyElementsOf(() -> example("create-ticket-response.json").fieldNames());
        assertThat(answer.get("spectrumTicketNumber").asText()).matches("ECT-\\d{8}");
    }

    @Test
    void showsTheCreatedTicketWithTheRequestsData() {
        // given
        JsonNode answer = json(create(exampleBody()));

        // when
        JsonNode ticket = json(client.get("/tickets/" + answer.get("spectrumTicketNumber").asText(), token));

        // then
        assertThat(ticket.get("id").asText()).isEqualTo(answer.get("ticketId").asText());
        assertThat(ticket.get("customerTicketNumber").asText()).isEqualTo("VZW123");
        assertThat(ticket.get("status").asText()).isEqualTo("In Progress");
        assertThat(ticket.get("ticketReportSource").asText()).isEqualTo("B2B-API");
        assertThat(ticket.get("businessImpact").asText()).isEqualTo("Outage");
        assertThat(ticket.get("siteGuid").asText()).isEqualTo("GHTER5V0GS4TQAPWXW7V8C000TEST");
        assertThat(ticket.get("impactedCircuits").toString()).contains("22.L1ZZ.803238..TEST")
                .contains("51.LEXT.803376..TEST");
        assertThat(ticket.get("contacts").get(0).get("name").asText()).isEqualTo("John Doe");
        assertThat(ticket.get("siteContacts").get(0).asText()).isEqualTo("John Doe");
        assertThat(ticket.get("dateUpdated").asLong()).isEqualTo(ticket.get("dateCreated").asLong());
    }

    @Test
    void marksAlarmTicketsAsB2bAlarm() {
        // given
        ObjectNode body = exampleBody().put("alarm", true);

        // when
        String id = json(create(body)).get("ticketId").asText();

        // then
        assertThat(SIM.simulator().ticket(id).orElseThrow().ticketReportSource()).isEqualTo("B2B-Alarm");
    }

    @Test
    void alternatesTheTwoReadableDateFormsBetweenCreatedTickets() {
        // given
        String first = json(create(exampleBody())).get("ticketId").asText();
        String second = json(create(exampleBody())).get("ticketId").asText();

        // when
        String firstDate = json(client.get("/tickets/" + first, token)).get("dateCreatedYMD").asText();
        String secondDate = json(client.get("/tickets/" + second, token)).get("dateCreatedYMD").asText();

        // then
        assertThat(firstDate.endsWith("+0000") ? secondDate : firstDate).endsWith(".000Z");
        assertThat(firstDate.endsWith("+0000") || secondDate.endsWith("+0000")).isTrue();
    }

    @Test
    void acceptsASiteWithoutCircuits() {
        // given
        ObjectNode body = exampleBody();
        body.remove("circuits");

        // when
        HttpResponse<String> response = create(body);

        // then
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void acceptsCircuitsWithoutASite() {
        // given
        ObjectNode body = exampleBody();
        body.remove("siteGuid");

        // when
        HttpResponse<String> response = create(body);

        // then
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void acceptsNullForOptionalBooleans() {
        // given
        ObjectNode body = exampleBody();
        body.putNull("alarm").putNull("buildingPower").putNull("equipmentPower");

        // when
        HttpResponse<String> response = create(body);

        // then
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void acceptsTheParameterTablesSpellingOfSiteAccessEndTime() {
        // given
        ObjectNode body = exampleBody();
        body.remove("siteAccessEndTime");
        body.put("siteAccessEndTIme", "5pm");

        // when the misspelled field carries a bad value
        HttpResponse<String> response = create(body);

        // then it is read, and checked
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(message(response)).startsWith("siteAccessEndTime must be HH:MM");
    }

    @Test
    void answersTheParseErrorBodyForAFieldWithoutValue() {
        // given the document's own example of a broken body: "alarm": ,
        String body = exampleText("create-ticket-request.json").replace("\"alarm\": false,", "\"alarm\": ,");

        // when
        HttpResponse<String> response = client.postJson("/tickets", token, body);

        // then
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode answer = json(response);
        JsonNode example = example("error-400-json-parse.json");
        assertThat(answer.get("error")).isEqualTo(example.get("error"));
        assertThat(answer.get("message").asText()).startsWith("JSON parse error: Unexpected character (',' (code 44)):"
                + " expected a value; nested exception is com.fasterxml.jackson.core.JsonParseException");
    }

    @Test
    void answersTheParseErrorBodyForYesAsABoolean() {
        // given the document's first example's "Yes" for a boolean
        ObjectNode body = exampleBody().put("buildingPower", "Yes");

        // when
        HttpResponse<String> response = create(body);

        // then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error").asText()).isEqualTo("Bad Request");
        assertThat(message(response)).startsWith("JSON parse error: ").contains("Yes");
    }

    @Test
    void answersTheParseErrorBodyForAnEmptyBody() {
        // when
        HttpResponse<String> response = client.postJson("/tickets", token, "");

        // then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error").asText()).isEqualTo("Bad Request");
    }

    @ParameterizedTest
    @ValueSource(strings = {"submitterId", "issueDescription", "customerTicketId", "businessImpact"})
    void requiresField(String field) {
        // given
        ObjectNode body = exampleBody();
        body.remove(field);

        // when
        HttpResponse<String> response = create(body);

        // then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(message(response)).isEqualTo(field + " is required");
    }

    @Test
    void refusesABusinessImpactOutsideTheCreateValues() {
        // given Failover, which tickets show but creation does not accept
        ObjectNode body = exampleBody().put("businessImpact", "Failover");

        // when
        HttpResponse<String> response = create(body);

        // then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(message(response)).startsWith("Invalid businessImpact : Failover");
    }

    @Test
    void requiresASiteOrCircuits() {
        // given
        ObjectNode body = exampleBody();
        body.remove("siteGuid");
        body.putArray("circuits");

        // when
        HttpResponse<String> response = create(body);

        // then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(message(response)).isEqualTo("Either siteGuid or circuits is required");
    }

    @Test
    void answersTheProvidersBodyForAnInvalidCircuit() {
        // given the circuit id of the provider's error example
        ObjectNode body = exampleBody();
        body.putArray("circuits").add("99.A9AA.A123456.AA.AAAA");

        // when
        HttpResponse<String> response = create(body);

        // then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response)).isEqualTo(example("error-400-invalid-circuits.json"));
    }

    @Test
    void treatsAnotherOrganizationsCircuitAsInvalid() {
        // given
        ObjectNode body = exampleBody();
        body.putArray("circuits").add(DemoData.OTHER_CIRCUIT);

        // when
        HttpResponse<String> response = create(body);

        // then
        assertThat(message(response)).isEqualTo("One or more invalid circuits : " + DemoData.OTHER_CIRCUIT);
    }

    @Test
    void refusesMoreThanFiveCircuits() {
        // given
        ObjectNode body = exampleBody();
        ArrayNode circuits = body.putArray("circuits");
        for (int i = 0; i < 6; i++) {
            circuits.add("22.L1ZZ.803238..TEST");
        }

        // when
        HttpResponse<String> response = create(body);

        // then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(message(response)).contains("5 circuits");
    }

    @Test
    void refusesCircuitsAtDifferentSites() {
        // given one circuit in Englewood and one in Brandon
        ObjectNode body = exampleBody();
        body.remove("siteGuid");
        body.putArray("circuits").add("22.L1ZZ.803238..TEST").add("51.L4XX.000589..TWCC");

        // when
        HttpResponse<String> response = create(body);

        // then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(message(response)).isEqualTo("All circuits on a ticket must be at the same site");
    }

    @Test
    void requiresASiteContact() {
        // given only a technical contact
        ObjectNode body = exampleBody();
        ((ObjectNode) body.get("contacts").get(0)).put("type", "Technical");

        // when
        HttpResponse<String> response = create(body);

        // then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(message(response)).isEqualTo("At least one contact with type Site is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"firstName", "lastName", "phoneNumber", "email"})
    void requiresContactField(String field) {
        // given
        ObjectNode body = exampleBody();
        ((ObjectNode) body.get("contacts").get(0)).remove(field);

        // when
        HttpResponse<String> response = create(body);

        // then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(message(response)).isEqualTo("contacts[0]." + field + " is required");
    }

    @Test
    void refusesASiteAccessTimeNotInHoursAndMinutes() {
        // given
        ObjectNode body = exampleBody().put("siteAccessStartTime", "9am");

        // when
        HttpResponse<String> response = create(body);

        // then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(message(response)).startsWith("siteAccessStartTime must be HH:MM");
    }

    @Test
    void ignoresUnknownFields() {
        // given
        ObjectNode body = exampleBody().put("priority", "urgent");

        // when
        HttpResponse<String> response = create(body);

        // then
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void stampsTheCreationWithTheSimulatorClock() {
        // given
        Instant now = Instant.parse("2026-07-04T08:09:10Z");
        SIM.simulator().clock().setInstant(now);

        // when
        String id = json(create(exampleBody())).get("ticketId").asText();

        // then
        SimulatedTicket ticket = SIM.simulator().ticket(id).orElseThrow();
        assertThat(ticket.dateCreated()).isEqualTo(now);
        assertThat(ticket.dateUpdated()).isEqualTo(now);
    }
}
