package dev.ticketbridge.spectrum.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ticketbridge.spectrum.model.CreateTicketRequest;
import org.junit.jupiter.api.Test;

import static dev.ticketbridge.spectrum.Fixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * JSON bodies from files and queues are read strictly, and every problem is named at once.
 */
class RequestBodiesTest {

    private final RequestBodies bodies = new RequestBodies(new ObjectMapper());

    @Test
    void providersWorkingExampleIsRead() {
        CreateTicketRequest request = bodies.createTicketRequest(bodies.parse("createTicket",
                fixture("create-ticket-request.json")));

        assertThat(request.getCircuits()).containsExactly("22.L1ZZ.803238..TEST", "51.LEXT.803376..TEST");
        assertThat(request.getBuildingPower()).isTrue();
        assertThat(request.getContacts().get(0).getEmail()).isEqualTo("john.doe@emailprovider.com");
    }

    @Test
    void yesForABooleanAndATypoedFieldAreNamedWithTheRulesBroken() {
        String json = "{\"siteGuid\":\"S1\",\"submitterId\":\"a@b.c\",\"alarm\":\"Yes\",\"buildingPower\":\"No\","
                      + "\"issueDescription\":\"down\",\"businessImpact\":\"Outage\",\"siteAccessEndTIme\":\"17:00\","
                      + "\"contacts\":[{\"type\":\"Site\",\"firstName\":\"J\",\"lastName\":\"D\","
                      + "\"phoneNumber\":\"1\",\"email\":\"j@d.e\",\"mobile\":\"2\"}]}";

        SpectrumValidationException error = catchThrowableOfType(SpectrumValidationException.class,
                () -> bodies.createTicketRequest(bodies.parse("createTicket", json)));

        assertThat(error.getFields()).containsExactly("alarm", "buildingPower", "siteAccessEndTIme",
                "contacts[0].mobile", "customerTicketId");
        assertThat(error.getMessage()).contains("alarm: must be true, false or null")
                .contains("did you mean siteAccessEndTime?");
    }

    @Test
    void nullOptionalBooleanIsAccepted() {
        String json = fixture("create-ticket-request.json").replace("\"alarm\": false", "\"alarm\": null");

        CreateTicketRequest request = bodies.createTicketRequest(bodies.parse("createTicket", json));

        assertThat(request.getAlarm()).isNull();
    }

    @Test
    void brokenJsonIsReportedAsTheBody() {
        String json = "{\"siteGuid\": \"S1\", \"alarm\": , \"issueDescription\": \"down\"}";

        SpectrumValidationException error = catchThrowableOfType(SpectrumValidationException.class,
                () -> bodies.parse("createTicket", json));

        assertThat(error.getFields()).containsExactly("body");
        assertThat(error.getMessage()).contains("is not valid JSON");
    }

    @Test
    void circuitsMustBeAnArrayOfText() {
        String json = fixture("create-ticket-request.json").replace(
                "[\"22.L1ZZ.803238..TEST\", \"51.LEXT.803376..TEST\"]", "\"22.L1ZZ.803238..TEST\"");

        SpectrumValidationException error = catchThrowableOfType(SpectrumValidationException.class,
                () -> bodies.createTicketRequest(bodies.parse("createTicket", json)));

        assertThat(error.getFields()).containsExactly("circuits");
    }
}
