package dev.ticketbridge.spectrum.springboot;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Refused credentials make Camel's health in actuator DOWN, without showing the secret.
 */
@SpringBootTest(classes = TestApplication.class)
class HealthWithWrongCredentialsTest extends ProducerHealthTest {

    static final WireMockServer TOKEN_ENDPOINT = TokenEndpoint.start();

    @DynamicPropertySource
    static void wrongCredentials(DynamicPropertyRegistry registry) {
        properties(registry, TOKEN_ENDPOINT, TokenEndpoint.WRONG_SECRET);
    }

    @AfterAll
    static void stopTokenEndpoint() {
        TOKEN_ENDPOINT.stop();
    }

    @Test
    void camelHealthIsDown() {
        Health health = camelHealth();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void theProducerCheckTellsTheStatusAndTheProviderCode() {
        Health health = camelHealth();

        assertThat(health.getDetails().toString())
                .contains("producer:spectrum-ticketing-")
                .contains("http.response.code=401")
                .contains("service.error.code=2001")
                .contains("error.type=SpectrumAuthenticationException");
    }

    @Test
    void theDetailsNeverShowTheSecret() {
        Health health = camelHealth();

        assertThat(health.toString()).doesNotContain(TokenEndpoint.WRONG_SECRET);
    }
}
