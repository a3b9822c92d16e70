package dev.ticketbridge.spectrum.simulator;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpectrumSimulatorMainTest {

    @Test
    void usesTheDocumentedDefaults() {
        // when
        SpectrumSimulatorMain.Options options = SpectrumSimulatorMain.parse(new String[0]);

        // then
        assertThat(options).isEqualTo(new SpectrumSimulatorMain.Options(8089, "demo-client", "demo-secret", 3600, 0,
                0, true, "127.0.0.1", false));
    }

    @Test
    void readsEveryOption() {
        // when
        SpectrumSimulatorMain.Options options = SpectrumSimulatorMain.parse(new String[] {"--port", "9090",
            "--client-id", "me", "--client-secret", "s3cret", "--token-lifetime", "60", "--tickets", "500",
            "--activity", "5", "--no-demo-data", "--bind-address", "0.0.0.0"});

        // then
        assertThat(options).isEqualTo(new SpectrumSimulatorMain.Options(9090, "me", "s3cret", 60, 500, 5, false,
                "0.0.0.0", false));
    }

    @Test
    void refusesAnUnknownOption() {
        assertThatThrownBy(() -> SpectrumSimulatorMain.parse(new String[] {"--verbose"}))
                .hasMessage("Unknown option: --verbose");
    }

    @Test
    void refusesANonNumericPort() {
        assertThatThrownBy(() -> SpectrumSimulatorMain.parse(new String[] {"--port", "http"}))
                .hasMessageContaining("--port");
    }

    @Test
    void buildsASimulatorThatServesTheConfiguredCredentials() {
        // given
        SpectrumSimulatorMain.Options options = SpectrumSimulatorMain.parse(new String[] {"--port", "0",
            "--client-id", "me", "--client-secret", "s3cret", "--token-lifetime", "60"});

        // when
        try (SpectrumSimulator sim = SpectrumSimulatorMain.build(options).start()) {
            ApiClient client = new ApiClient(sim);

            // then
            assertThat(client.tokenWithBasic("me", "s3cret").statusCode()).isEqualTo(200);
            assertThat(ApiClient.json(client.tokenWithBasic("me", "s3cret")).get("expires_in").asInt())
                    .isEqualTo(60);
        }
    }

    @Test
    void changesTicketsOverTimeWhenActivityIsOn() throws InterruptedException {
        // given a desk that acts every 100 ms
        try (SpectrumSimulator sim = SpectrumSimulator.builder()
                .supportDeskActivity(Duration.ofMillis(100)).build().start()) {
            Instant before = sim.clock().instant().truncatedTo(ChronoUnit.SECONDS);
            sim.clock().advance(Duration.ofMinutes(1));

            // when
            Thread.sleep(450);

            // then
            assertThat(sim.tickets(sim.defaultOrganization()).stream()
                    .filter(t -> t.dateUpdated().isAfter(before))).isNotEmpty();
        }
    }
}
