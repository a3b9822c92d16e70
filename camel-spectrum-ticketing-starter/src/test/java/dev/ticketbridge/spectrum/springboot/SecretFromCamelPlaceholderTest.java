package dev.ticketbridge.spectrum.springboot;

import dev.ticketbridge.spectrum.SpectrumTicketingComponent;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Camel placeholder as the secret is resolved by Camel when the property is applied: the form Camel's vaults
 * use ({@code {{hashicorp:secret:...}}}, {@code {{aws:...}}}), here with a plain property behind it.
 */
@SpringBootTest(classes = TestApplication.class, properties = {
        "camel.component.spectrum-ticketing.client-id=acme-client",
        "camel.component.spectrum-ticketing.client-secret={{test.vault.spectrum-secret}}",
        "test.vault.spectrum-secret=Vault-S3cret-Value-88",
        "camel.component.spectrum-ticketing.lazy-start-producer=true" })
class SecretFromCamelPlaceholderTest {

    @Autowired
    CamelContext camelContext;

    @Test
    void theSecretIsResolvedWhenApplied() {
        SpectrumTicketingComponent component = camelContext.getComponent("spectrum-ticketing",
                SpectrumTicketingComponent.class);

        assertThat(component.getConfiguration().getClientSecret()).isEqualTo("Vault-S3cret-Value-88");
    }
}
