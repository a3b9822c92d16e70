package dev.ticketbridge.spectrum.springboot;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Shared by the health tests: a token endpoint, the starter's properties pointing at it, producer checks turned on
 * and Camel's health shown in full in actuator.
 */
abstract class ProducerHealthTest {

    /** Camel's contributor to actuator's health, which reports every Camel health check. */
    @Autowired
    @Qualifier("camelHealth")
    HealthIndicator camelHealthIndicator;

    static void properties(DynamicPropertyRegistry registry, WireMockServer tokenEndpoint, String secret) {
        String baseUrl = tokenEndpoint.baseUrl();
        registry.add("camel.component.spectrum-ticketing.token-url", () -> baseUrl + TokenEndpoint.PATH);
        registry.add("camel.component.spectrum-ticketing.base-url", () -> baseUrl + "/api");
        registry.add("camel.component.spectrum-ticketing.client-id", () -> TokenEndpoint.CLIENT_ID);
        registry.add("camel.component.spectrum-ticketing.client-secret", () -> secret);
        registry.add("camel.health.producers-enabled", () -> "true");
        registry.add("camel.health.exposure-level", () -> "full");
        registry.add("management.endpoint.health.show-details", () -> "always");
    }

    Health camelHealth() {
        return camelHealthIndicator.health(true);
    }
}
