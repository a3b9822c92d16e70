package dev.ticketbridge.examples.spectrum;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import dev.ticketbridge.spectrum.SpectrumTicketingComponent;
import dev.ticketbridge.spectrum.SpectrumTicketingConfiguration;
import dev.ticketbridge.spectrum.simulator.SpectrumSimulator;
import dev.ticketbridge.spectrum.simulator.SpectrumSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code spectrum} profile: no embedded simulator, and the connection comes from the {@code SPECTRUM_*}
 * variables. A simulator started by the test plays the gateway those variables point at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("spectrum")
class GatewayProfileTest {

    @RegisterExtension
    static final SpectrumSimulatorExtension GATEWAY = SpectrumSimulatorExtension.builder().build();

    @TempDir
    static Path workDir;

    @DynamicPropertySource
    static void gatewayVariables(DynamicPropertyRegistry registry) {
        registry.add("SPECTRUM_CLIENT_ID", GATEWAY::clientId);
        registry.add("SPECTRUM_CLIENT_SECRET", GATEWAY::clientSecret);
        registry.add("SPECTRUM_BASE_URL", GATEWAY::baseUrl);
        registry.add("SPECTRUM_TOKEN_URL", GATEWAY::tokenUrl);
        registry.add("example.work-dir", () -> workDir.toString());
    }

    @Autowired
    ApplicationContext applicationContext;

    @Autowired
    CamelContext camelContext;

    @Test
    void noSimulatorIsStarted() {
        assertThat(applicationContext.getBeansOfType(SpectrumSimulator.class)).isEmpty();
    }

    @Test
    void theComponentUsesTheGatewayFromTheEnvironment() {
        SpectrumTicketingConfiguration configuration = camelContext
                .getComponent("spectrum-ticketing", SpectrumTicketingComponent.class).getConfiguration();

        assertThat(configuration.getBaseUrl()).isEqualTo(GATEWAY.baseUrl());
        assertThat(configuration.getTokenUrl()).isEqualTo(GATEWAY.tokenUrl());
        assertThat(configuration.getClientId()).isEqualTo(GATEWAY.clientId());
        assertThat(configuration.getStateRepository()).isNotNull();
    }

    @Test
    void aDroppedRequestBecomesATicketAtTheGateway() throws Exception {
        NotifyBuilder done = new NotifyBuilder(camelContext).fromRoute("ticket-requests").whenDone(1).create();

        Files.copy(Path.of("requests", "new-ticket.json"), workDir.resolve("inbox/new-ticket.json"));

        assertThat(done.matches(20, TimeUnit.SECONDS)).isTrue();
        assertThat(GATEWAY.simulator().tickets(GATEWAY.simulator().defaultOrganization()))
                .anyMatch(ticket -> "VZW123".equals(ticket.customerTicketNumber()));
    }
}
