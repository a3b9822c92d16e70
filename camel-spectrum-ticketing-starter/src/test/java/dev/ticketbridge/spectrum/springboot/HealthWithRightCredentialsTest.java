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
 * Accepted credentials make the producer check, and so Camel's health in actuator, UP.
 */
@SpringBootTest(classes = TestApplication.class)
class HealthWithRightCredentialsTest extends ProducerHealthTest {

    static final WireMockServer TOKEN_ENDPOINT = TokenEndpoint.start();

    @DynamicPropertySource
    static void rightCredentials(DynamicPropertyRegistry registry) {
        properties(registry, TOKEN_ENDPOINT, TokenEndpoint.RIGHT_SECRET);
    }

    @AfterAll
    static void stopTokenEndpoint() {
        TOKEN_ENDPOINT.stop();
    }

    @Test
    void camelHealthIsUpWithTheProducerCheck() {
        Health health = camelHealth();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails().toString()).contains("producer:spectrum-ticketing-");
    }

    @Test
    void theDetailsNeverShowTheSecretNorTheToken() {
        Health health = camelHealth();

        assertThat(health.toString()).doesNotContain(TokenEndpoint.RIGHT_SECRET)
                .doesNotContain(TokenEndpoint.ACCESS_TOKEN);
    }
}
