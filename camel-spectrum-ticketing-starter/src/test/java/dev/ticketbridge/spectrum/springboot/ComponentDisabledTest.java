package dev.ticketbridge.spectrum.springboot;

import dev.ticketbridge.spectrum.SpectrumTicketingComponent;
import dev.ticketbridge.spectrum.SpectrumTicketingConfiguration;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code camel.component.spectrum-ticketing.enabled=false} turns the auto-configuration off: the component Camel
 * creates keeps its own defaults.
 */
@SpringBootTest(classes = ComponentDisabledTest.NoRoutes.class, properties = {
        "camel.component.spectrum-ticketing.enabled=false",
        "camel.component.spectrum-ticketing.base-url=http://localhost:9/api",
        "camel.component.spectrum-ticketing.client-id=acme-client",
        "camel.component.spectrum-ticketing.client-secret=never-applied" })
class ComponentDisabledTest {

    @Autowired
    ApplicationContext applicationContext;

    @Autowired
    CamelContext camelContext;

    @Test
    void noAutoConfigurationIsApplied() {
        assertThat(applicationContext.getBeansOfType(SpectrumTicketingComponentAutoConfiguration.class)).isEmpty();
        assertThat(applicationContext.getBeansOfType(SpectrumTicketingComponentConfiguration.class)).isEmpty();
    }

    @Test
    void theComponentKeepsItsDefaults() {
        SpectrumTicketingComponent component = camelContext.getComponent("spectrum-ticketing",
                SpectrumTicketingComponent.class);

        assertThat(component.getConfiguration().getBaseUrl())
                .isEqualTo(SpectrumTicketingConfiguration.DEFAULT_BASE_URL);
        assertThat(component.getConfiguration().getClientId()).isNull();
    }

    /** No route: an endpoint without credentials would refuse to start. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class NoRoutes {
    }
}
