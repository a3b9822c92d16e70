package dev.ticketbridge.spectrum.kamelets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import dev.ticketbridge.spectrum.simulator.SimulatedTicket;
import dev.ticketbridge.spectrum.simulator.SpectrumSimulatorExtension;
import dev.ticketbridge.spectrum.simulator.TicketStatus;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three Kamelets, loaded from {@code classpath:kamelets} as Camel K, JBang or a Kamelet-aware runtime would load
 * them, against the simulator.
 */
class KameletsTest extends CamelTestSupport {

    @RegisterExtension
    static SpectrumSimulatorExtension simulator = SpectrumSimulatorExtension.builder().resetBetweenTests(true).build();

    private static final String CONNECTION = "clientId={{sim.clientId}}&clientSecret={{sim.clientSecret}}"
                                             + "&baseUrl={{sim.baseUrl}}&tokenUrl={{sim.tokenUrl}}";

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties properties = new Properties();
        properties.put("sim.clientId", simulator.clientId());
        properties.put("sim.clientSecret", simulator.clientSecret());
        properties.put("sim.baseUrl", simulator.baseUrl());
        properties.put("sim.tokenUrl", simulator.tokenUrl());
        return properties;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:open")
                        .to("kamelet:spectrum-ticketing-sink?" + CONNECTION + "&submitterId=noc@acme.example");
                from("direct:note")
                        .to("kamelet:spectrum-ticketing-note-sink?" + CONNECTION + "&submitterId=noc@acme.example");
                from("kamelet:spectrum-ticketing-source?" + CONNECTION + "&delay=100&initialLookback=PT5M")
                        .routeId("changes").autoStartup(false)
                        .to("mock:changes");
            }
        };
    }

    @Test
    void sinkOpensATicketFromTheProvidersJson() throws IOException {
        Exchange exchange = template.request("direct:open", e -> e.getMessage().setBody(resource()));

        assertThat(exchange.getException()).isNull();
        String number = exchange.getMessage().getHeader("CamelSpectrumTicketingSpectrumTicketNumber", String.class);
        assertThat(number).startsWith("ECT-");
        assertThat(exchange.getMessage().getBody(String.class)).contains("\"spectrumTicketNumber\":\"" + number + "\"");
        assertThat(simulator.simulator().ticket(number)).isPresent();
    }

    @Test
    void sinkRefusesAnInvalidRequestWithoutSendingIt() {
        int before = simulator.simulator().requestsTo(".*/tickets").size();

        Exchange exchange = template.request("direct:open", e -> e.getMessage().setBody("{\"siteGuid\":\"X\"}"));

        assertThat(exchange.getException()).hasMessageContaining("issueDescription: is required");
        assertThat(simulator.simulator().requestsTo(".*/tickets")).hasSize(before);
    }

    @Test
    void noteSinkAddsTheBodyAsANote() {
        String number = template.request("direct:open", e -> e.getMessage().setBody(resource())).getMessage()
                .getHeader("CamelSpectrumTicketingSpectrumTicketNumber", String.class);

        template.sendBodyAndHeader("direct:note", "Rebooted the CPE; no change.",
                "CamelSpectrumTicketingTicketId", number);

        assertThat(simulator.simulator().requestsTo(".*/tickets/.*/notes")).singleElement()
                .satisfies(r -> assertThat(r.getBodyAsString()).contains("Rebooted the CPE; no change.")
                        .contains("\"action\":\"Customer-Note\""));
    }

    @Test
    void sourceEmitsEachChangedTicketAsJson() throws Exception {
        SimulatedTicket open = simulator.simulator().tickets(simulator.simulator().defaultOrganization()).stream()
                .filter(t -> t.status() != TicketStatus.CLOSED).findFirst().orElseThrow();
        MockEndpoint changes = getMockEndpoint("mock:changes");
        changes.expectedMessagesMatches(e -> true);

        simulator.simulator().supportDesk().addSupportNote(open.id(), "General", "Technician dispatched");
        context.getRouteController().startRoute("changes");

        Exchange change = awaitChangeOf(changes, open.id());
        assertThat(change.getMessage().getBody(String.class)).contains("\"id\":\"" + open.id() + "\"");
        assertThat(change.getMessage().getHeader("CamelSpectrumTicketingChangeKind", String.class)).isNotBlank();
    }

    private static Exchange awaitChangeOf(MockEndpoint changes, String ticketId) throws InterruptedException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (Exchange exchange : changes.getReceivedExchanges()) {
                if (ticketId.equals(exchange.getMessage().getHeader("CamelSpectrumTicketingTicketId"))) {
                    return exchange;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no change of ticket " + ticketId + " within 15 s; received "
                                 + changes.getReceivedCounter());
    }

    private static String resource() {
        try (InputStream in = KameletsTest.class.getResourceAsStream("/create-ticket-request.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
