package dev.ticketbridge.spectrum.consumer;

import java.time.Instant;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.ticketbridge.spectrum.SpectrumTicketingComponent;
import dev.ticketbridge.spectrum.SpectrumTicketingConstants;
import dev.ticketbridge.spectrum.model.Ticket;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.ticketbridge.spectrum.Fixtures.fixture;

/**
 * A Camel context whose {@code spectrum-ticketing} component points at a {@link FakeTicketDesk}. Tests arrange the
 * desk first, then start the consumer with {@link #startConsumer(String)}: its route sends every change to
 * {@code mock:changes}.
 */
abstract class UpdatedTicketsTestSupport extends CamelTestSupport {

    static final String API_PATH = "/entservices/ticketing-b2b/v1";
    static final String TOKEN_PATH = "/auth/oauth/v2/token";

    /** Ten minutes ago, whole seconds: inside the default initialLookback of an hour. */
    static final long T = Instant.now().getEpochSecond() - 600;

    static final FakeTicketDesk DESK = new FakeTicketDesk();

    @RegisterExtension
    static WireMockExtension provider = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().extensions(DESK))
            .build();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("spectrum-ticketing", component());
        return context;
    }

    /** A component connected to the fake desk, for a test's own further contexts. */
    static SpectrumTicketingComponent component() {
        SpectrumTicketingComponent component = new SpectrumTicketingComponent();
        component.getConfiguration().setBaseUrl(provider.baseUrl() + API_PATH);
        component.getConfiguration().setTokenUrl(provider.baseUrl() + TOKEN_PATH);
        component.getConfiguration().setClientId("acme-client");
        component.getConfiguration().setClientSecret("Sup3r-S3cret-Value-42");
        return component;
    }

    @BeforeEach
    void openTheDesk() {
        DESK.reset();
        provider.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(fixture("token-response.json"))));
        // The desk writes the answer; the stub only lets the requests reach it.
        provider.stubFor(get(urlPathMatching(API_PATH + "/tickets.*")).willReturn(aResponse().withStatus(200)));
    }

    /** Starts {@code from("spectrum-ticketing:updatedTickets?...")} polling every 50 ms, to {@code mock:changes}. */
    void startConsumer(String options) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(consumerUri(options)).routeId("updates").to("mock:changes");
            }
        });
    }

    static String consumerUri(String options) {
        return "spectrum-ticketing:updatedTickets?delay=50&initialDelay=0" + (options.isEmpty() ? "" : "&" + options);
    }

    MockEndpoint changes() {
        return getMockEndpoint("mock:changes");
    }

    static int tokenRequests() {
        return provider.findAll(postRequestedFor(urlPathEqualTo(TOKEN_PATH))).size();
    }

    /** "id@dateUpdated" of every exchange the endpoint received, in order: what was delivered, as one list. */
    static List<String> delivered(MockEndpoint endpoint) {
        return endpoint.getReceivedExchanges().stream().map(UpdatedTicketsTestSupport::change).toList();
    }

    static String change(Exchange exchange) {
        Ticket ticket = exchange.getMessage().getBody(Ticket.class);
        return ticket.getId() + "@" + ticket.getDateUpdated();
    }

    static String kind(Exchange exchange) {
        return exchange.getMessage().getHeader(SpectrumTicketingConstants.CHANGE_KIND, String.class);
    }
}
