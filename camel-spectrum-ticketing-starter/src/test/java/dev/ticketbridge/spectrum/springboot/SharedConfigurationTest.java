package dev.ticketbridge.spectrum.springboot;

import dev.ticketbridge.spectrum.SpectrumTicketingComponent;
import dev.ticketbridge.spectrum.SpectrumTicketingConfiguration;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A configuration bean named in {@code camel.component.spectrum-ticketing.configuration}: the single options set
 * beside it change it, and those left unset do not overwrite it with defaults.
 */
@SpringBootTest(classes = TestApplication.class, properties = {
        "camel.component.spectrum-ticketing.configuration=#sharedConfiguration",
        "camel.component.spectrum-ticketing.client-id=acme-client",
        "camel.component.spectrum-ticketing.client-secret=Shared-S3cret-Value-5",
        "camel.component.spectrum-ticketing.submitter-id=noc@acme.example",
        "camel.component.spectrum-ticketing.lazy-start-producer=true" })
class SharedConfigurationTest {

    @Autowired
    CamelContext camelContext;

    @Autowired
    SpectrumTicketingConfiguration sharedConfiguration;

    @Test
    void unsetOptionsKeepTheBeansValues() {
        SpectrumTicketingConfiguration configuration = configuration();

        assertThat(configuration.getBaseUrl()).isEqualTo("http://shared.example/api");
        assertThat(configuration.getConnectTimeout()).isEqualTo(1234);
    }

    @Test
    void optionsSetBesideTheBeanWinOverIt() {
        SpectrumTicketingConfiguration configuration = configuration();

        assertThat(configuration.getClientId()).isEqualTo("acme-client");
        assertThat(configuration.getSubmitterId()).isEqualTo("noc@acme.example");
    }

    @Test
    void theApplicationsBeanIsLeftAsItIs() {
        assertThat(sharedConfiguration.getSubmitterId()).isEqualTo("shared@acme.example");
        assertThat(sharedConfiguration.getClientId()).isNull();
    }

    private SpectrumTicketingConfiguration configuration() {
        return camelContext.getComponent("spectrum-ticketing", SpectrumTicketingComponent.class).getConfiguration();
    }
}
