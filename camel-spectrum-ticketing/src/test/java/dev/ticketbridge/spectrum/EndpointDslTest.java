package dev.ticketbridge.spectrum;

import java.util.List;

import dev.ticketbridge.spectrum.model.Site;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.ticketbridge.spectrum.dsl.StaticEndpointBuilders.spectrumTicketing;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated Endpoint DSL builds the same endpoints as URIs, with typed options: here the token style and an
 * advanced timeout.
 */
class EndpointDslTest extends SpectrumWireMockTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:sites")
                        .to(spectrumTicketing("getSites").tokenAuthMethod("BASIC").advanced().responseTimeout("5s"));
                from(spectrumTicketing("updatedTickets").delay(60000).fetchDetails(true)).routeId("changes")
                        .autoStartup(false).to("mock:changes");
            }
        };
    }

    @Test
    void typedConsumerEndpointCarriesItsOptions() {
        SpectrumTicketingEndpoint endpoint = (SpectrumTicketingEndpoint) context.getRoute("changes").getEndpoint();

        assertThat(endpoint.getOperation()).isEqualTo(SpectrumTicketingOperation.updatedTickets);
        assertThat(endpoint.getConfiguration().isFetchDetails()).isTrue();
        assertThat(endpoint.getDelay()).isEqualTo(60000);
    }

    @Test
    void typedEndpointCallsTheApi() {
        stubGet("/sites", "sites-response.json");

        List<?> sites = template.requestBody("direct:sites", null, List.class);

        assertThat(sites).singleElement().isInstanceOf(Site.class);
        provider.verify(getRequestedFor(urlPathEqualTo(api("/sites"))));
        provider.verify(postRequestedFor(urlPathEqualTo(TOKEN_PATH)).withHeader("Authorization", matching("Basic .*")));
    }
}
