package dev.ticketbridge.spectrum.health;

import java.util.Optional;

import dev.ticketbridge.spectrum.SpectrumTicketingEndpoint;
import dev.ticketbridge.spectrum.SpectrumWireMockTestSupport;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRepository;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The producer health check against a token endpoint played by WireMock.
 */
class SpectrumTicketingProducerHealthCheckTest extends SpectrumWireMockTestSupport {

    private static final String REFUSED_CREDENTIALS = """
            {"resultMessage": "Invalid client credentials", "resultCode": "2001",
             "resultCodeName": "INVALID_CLIENT"}""";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:open").routeId("open").to("spectrum-ticketing:createTicket");
            }
        };
    }

    @Test
    void isUpWhenTheTokenEndpointAcceptsTheCredentials() {
        HealthCheck check = checkOf("spectrum-ticketing:getSites");

        HealthCheck.Result result = check.call();

        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(result.getDetails()).containsEntry(HealthCheck.ENDPOINT_URI, "spectrum-ticketing://getSites");
    }

    @Test
    void sendsNoTokenRequestWhileTheCachedTokenIsValid() {
        HealthCheck check = checkOf("spectrum-ticketing:getSites");
        check.call();
        int requestsAfterFirstCheck = tokenRequests();

        HealthCheck.Result result = check.call();

        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(tokenRequests()).isEqualTo(requestsAfterFirstCheck);
    }

    @Test
    void isDownWithStatusAndProviderCodeWhenTheCredentialsAreRefused() {
        refuseCredentials();
        HealthCheck check = checkOf("spectrum-ticketing:getSites");

        HealthCheck.Result result = check.call();

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getDetails())
                .containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 401)
                .containsEntry(SpectrumTicketingProducerHealthCheck.SERVICE_ERROR_CODE, "2001 INVALID_CLIENT")
                .containsEntry(SpectrumTicketingProducerHealthCheck.ERROR_TYPE, "SpectrumAuthenticationException");
        assertThat(result.getMessage()).hasValueSatisfying(message -> assertThat(message).contains("HTTP 401"));
    }

    @Test
    void neverShowsTheSecretNorTheTokenEvenWhenTheSecretIsInTheUri() {
        refuseCredentials();
        HealthCheck check = checkOf("spectrum-ticketing:getSites?clientSecret=" + CLIENT_SECRET);

        HealthCheck.Result result = check.call();

        String everything = result.getDetails() + " " + result.getMessage().orElse("") + " " + result.getError();
        assertThat(everything).doesNotContain(CLIENT_SECRET).doesNotContain(ACCESS_TOKEN);
        assertThat(String.valueOf(result.getDetails().get(HealthCheck.ENDPOINT_URI))).contains("clientSecret=xxxxxx");
    }

    @Test
    void isDownWhenTheTokenEndpointCannotBeReached() {
        HealthCheck check = checkOf("spectrum-ticketing:getSites?tokenUrl=http://127.0.0.1:1/token");

        HealthCheck.Result result = check.call();

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getDetails())
                .containsEntry(SpectrumTicketingProducerHealthCheck.ERROR_TYPE, "SpectrumTransportException");
    }

    @Test
    void isRegisteredWithTheProducersRepositoryWhenTheProducerStarts() {
        HealthCheckRepository producers = HealthCheckHelper.getHealthCheckRepository(context, "producers");
        producers.setEnabled(true);

        Optional<HealthCheck> check = producers.stream()
                .filter(candidate -> candidate.getId().startsWith("producer:spectrum-ticketing-"))
                .findFirst();

        assertThat(check).isPresent();
        assertThat(check.get().call().getState()).isEqualTo(HealthCheck.State.UP);
    }

    @Test
    void isUnregisteredWhenTheRouteStops() throws Exception {
        HealthCheckRepository producers = HealthCheckHelper.getHealthCheckRepository(context, "producers");
        producers.setEnabled(true);

        context.getRouteController().stopRoute("open");
        context.removeRoute("open");

        assertThat(producers.stream().map(HealthCheck::getId))
                .noneMatch(id -> id.startsWith("producer:spectrum-ticketing-"));
    }

    private HealthCheck checkOf(String uri) {
        SpectrumTicketingEndpoint endpoint = context.getEndpoint(uri, SpectrumTicketingEndpoint.class);
        SpectrumTicketingProducerHealthCheck check = new SpectrumTicketingProducerHealthCheck(endpoint, "test");
        check.setCamelContext(context);
        return check;
    }

    private static void refuseCredentials() {
        wireMock().register(post(urlPathEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json;charset=utf-8").withBody(REFUSED_CREDENTIALS)));
    }
}
