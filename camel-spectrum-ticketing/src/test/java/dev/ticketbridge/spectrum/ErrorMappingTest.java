package dev.ticketbridge.spectrum;

import com.github.tomakehurst.wiremock.http.Fault;
import dev.ticketbridge.spectrum.client.SpectrumApiException;
import dev.ticketbridge.spectrum.client.SpectrumBadRequestException;
import dev.ticketbridge.spectrum.client.SpectrumForbiddenException;
import dev.ticketbridge.spectrum.client.SpectrumNotFoundException;
import dev.ticketbridge.spectrum.client.SpectrumServerException;
import dev.ticketbridge.spectrum.client.SpectrumTicketingException;
import dev.ticketbridge.spectrum.client.SpectrumTransportException;
import dev.ticketbridge.spectrum.client.SpectrumValidationException;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static dev.ticketbridge.spectrum.Fixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each answer of the provider maps to an exception type that tells the caller what to do, with the status, the
 * provider's code and message, the operation and the X_TXN_ID.
 */
class ErrorMappingTest extends SpectrumWireMockTestSupport {

    @Test
    void invalidCircuitsIsABadRequestWithTheProvidersMessage() {
        provider.stubFor(post(urlPathEqualTo(api("/tickets"))).willReturn(
                aResponse().withStatus(400).withBody(fixture("error-400-invalid-circuits.json"))));

        Exchange exchange = template.request("spectrum-ticketing:createTicket",
                e -> e.getMessage().setBody(fixture("create-ticket-request.json")));

        SpectrumBadRequestException error = exchange.getException(SpectrumBadRequestException.class);
        assertThat(error.getStatusCode()).isEqualTo(400);
        assertThat(error.getProviderMessage()).isEqualTo("One or more invalid circuits : 99.A9AA.A123456.AA.AAAA");
        assertThat(error.getOperation()).isEqualTo("createTicket");
        assertThat(error.isRetryable()).isFalse();
        String txnId = exchange.getMessage().getHeader(SpectrumTicketingConstants.TRANSACTION_ID, String.class);
        assertThat(error.getTransactionId()).isEqualTo(txnId);
        assertThat(error.getMessage()).isEqualTo("createTicket failed with HTTP 400: One or more invalid circuits : "
                                                 + "99.A9AA.A123456.AA.AAAA (X_TXN_ID " + txnId + ")");
    }

    @Test
    void jsonParseErrorKeepsTheProvidersErrorAndMessage() {
        provider.stubFor(post(urlPathEqualTo(api("/tickets"))).willReturn(
                aResponse().withStatus(400).withBody(fixture("error-400-json-parse.json"))));

        SpectrumBadRequestException error = fails("spectrum-ticketing:createTicket",
                fixture("create-ticket-request.json"), SpectrumBadRequestException.class);

        assertThat(error.getProviderCode()).isEqualTo("Bad Request");
        assertThat(error.getProviderMessage()).startsWith("JSON parse error: Unexpected character");
    }

    @Test
    void noteOnAClosedTicketIsABadRequest() {
        provider.stubFor(post(urlPathEqualTo(api("/tickets/T1/notes"))).willReturn(
                aResponse().withStatus(400).withBody(fixture("error-400-not-editable.json"))));

        SpectrumBadRequestException error = fails("spectrum-ticketing:addNote?ticketId=T1", "Any update?",
                SpectrumBadRequestException.class);

        assertThat(error.getProviderMessage()).isEqualTo("Ticket is not in editable state");
    }

    @Test
    void anotherOrganizationsTicketIsForbidden() {
        provider.stubFor(get(urlPathEqualTo(api("/tickets/XYZ1"))).willReturn(aResponse().withStatus(403)));

        SpectrumForbiddenException error = fails("spectrum-ticketing:getTicket?ticketId=XYZ1", null,
                SpectrumForbiddenException.class);

        assertThat(error.getStatusCode()).isEqualTo(403);
        assertThat(error.getResponseBody()).isNull();
    }

    @Test
    void unknownPageIsNotFound() {
        provider.stubFor(get(urlPathEqualTo(api("/sites"))).willReturn(aResponse().withStatus(404)
                .withBody("<html>Not Found</html>")));

        SpectrumNotFoundException error = fails("spectrum-ticketing:getSites", null, SpectrumNotFoundException.class);

        assertThat(error.getProviderMessage()).isEqualTo("<html>Not Found</html>");
    }

    @Test
    void serverErrorIsRetryable() {
        provider.stubFor(get(urlPathEqualTo(api("/circuits"))).willReturn(aResponse().withStatus(503)));

        SpectrumServerException error = fails("spectrum-ticketing:getCircuits", null, SpectrumServerException.class);

        assertThat(error.getStatusCode()).isEqualTo(503);
        assertThat(error.isRetryable()).isTrue();
    }

    @Test
    void connectionResetIsARetryableTransportError() {
        provider.stubFor(get(urlPathEqualTo(api("/circuits")))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        SpectrumTransportException error = fails("spectrum-ticketing:getCircuits", null,
                SpectrumTransportException.class);

        assertThat(error.isRetryable()).isTrue();
        assertThat(error.getTransactionId()).isNotBlank();
        assertThat(error.getMessage()).contains("getCircuits").contains("X_TXN_ID");
    }

    @Test
    void garbledSuccessAnswerIsATransportError() {
        provider.stubFor(get(urlPathEqualTo(api("/sites"))).willReturn(okJson("{\"sites\": [ {")));

        SpectrumTransportException error = fails("spectrum-ticketing:getSites", null,
                SpectrumTransportException.class);

        assertThat(error.getMessage()).contains("getSites: answer could not be read");
    }

    @Test
    void slowAnswerTimesOutAsARetryableTransportError() {
        provider.stubFor(get(urlPathEqualTo(api("/sites"))).willReturn(okJson(fixture("sites-response.json"))
                .withFixedDelay(2000)));

        SpectrumTransportException error = fails("spectrum-ticketing:getSites?responseTimeout=300", null,
                SpectrumTransportException.class);

        assertThat(error.isRetryable()).isTrue();
    }

    @Test
    void invalidRequestIsRefusedBeforeAnythingIsSent() {
        provider.stubFor(post(urlPathMatching(".*")).willReturn(okJson("{}")));
        String json = "{\"siteGuid\":\"S1\",\"alarm\":\"Yes\",\"contacts\":[]}";

        SpectrumValidationException error = fails("spectrum-ticketing:createTicket", json,
                SpectrumValidationException.class);

        assertThat(error.getFields()).containsExactly("alarm", "issueDescription", "customerTicketId",
                "businessImpact", "contacts");
        provider.verify(0, postRequestedFor(anyUrl()));
    }

    @Test
    void everyFailureIsASpectrumTicketingException() {
        provider.stubFor(get(urlPathEqualTo(api("/sites"))).willReturn(aResponse().withStatus(500)));

        SpectrumTicketingException error = fails("spectrum-ticketing:getSites", null, SpectrumTicketingException.class);

        assertThat(error).isInstanceOf(SpectrumApiException.class);
    }

    private <T extends Throwable> T fails(String uri, Object body, Class<T> type) {
        try {
            template.requestBody(uri, body);
        } catch (CamelExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(type);
            return type.cast(e.getCause());
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
