package dev.ticketbridge.spectrum.springboot;

import java.time.Duration;
import java.util.Map;

import dev.ticketbridge.spectrum.SpectrumTicketingComponent;
import dev.ticketbridge.spectrum.SpectrumTicketingConfiguration;
import dev.ticketbridge.spectrum.client.TokenAuthMethod;
import dev.ticketbridge.spectrum.model.NoteAction;
import org.apache.camel.CamelContext;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code camel.component.spectrum-ticketing.*} reaches the component, including a secret given as an environment
 * variable.
 */
@SpringBootTest(classes = TestApplication.class, properties = {
        "camel.component.spectrum-ticketing.base-url=http://localhost:9/api",
        "camel.component.spectrum-ticketing.token-url=http://localhost:9/token",
        "camel.component.spectrum-ticketing.client-id=acme-client",
        "camel.component.spectrum-ticketing.token-auth-method=basic",
        "camel.component.spectrum-ticketing.connect-timeout=5s",
        "camel.component.spectrum-ticketing.response-timeout=45000",
        "camel.component.spectrum-ticketing.token-expiry-margin=2m",
        "camel.component.spectrum-ticketing.max-connections=7",
        "camel.component.spectrum-ticketing.submitter-id=noc@acme.example",
        "camel.component.spectrum-ticketing.note-action=CUSTOMER_CLOSURE",
        "camel.component.spectrum-ticketing.lazy-start-producer=true",
        "camel.component.spectrum-ticketing.initial-lookback=30m",
        "camel.component.spectrum-ticketing.fetch-details=true",
        "camel.component.spectrum-ticketing.state-repository=#testStateRepository" })
@ContextConfiguration(initializers = ComponentPropertiesTest.SecretFromEnvironment.class)
class ComponentPropertiesTest {

    static final String SECRET = "Env-S3cret-Value-17";

    @Autowired
    CamelContext camelContext;

    @Autowired
    SpectrumTicketingComponentConfiguration properties;

    @Autowired
    MemoryStateRepository stateRepository;

    @Test
    void everyPropertyReachesTheComponentConfiguration() {
        SpectrumTicketingComponent component = component();

        SpectrumTicketingConfiguration configuration = component.getConfiguration();
        assertThat(configuration.getBaseUrl()).isEqualTo("http://localhost:9/api");
        assertThat(configuration.getTokenUrl()).isEqualTo("http://localhost:9/token");
        assertThat(configuration.getClientId()).isEqualTo("acme-client");
        assertThat(configuration.getTokenAuthMethod()).isEqualTo(TokenAuthMethod.BASIC);
        assertThat(configuration.getSubmitterId()).isEqualTo("noc@acme.example");
        assertThat(configuration.getNoteAction()).isEqualTo(NoteAction.CUSTOMER_CLOSURE);
    }

    @Test
    void durationsAreGivenWithUnitsOrAsMilliseconds() {
        SpectrumTicketingConfiguration configuration = component().getConfiguration();

        assertThat(configuration.getConnectTimeout()).isEqualTo(Duration.ofSeconds(5).toMillis());
        assertThat(configuration.getResponseTimeout()).isEqualTo(45000);
        assertThat(configuration.getTokenExpiryMargin()).isEqualTo(Duration.ofMinutes(2).toMillis());
    }

    @Test
    void componentLevelOptionsReachTheComponent() {
        SpectrumTicketingComponent component = component();

        assertThat(component.getMaxConnections()).isEqualTo(7);
        assertThat(component.isLazyStartProducer()).isTrue();
    }

    @Test
    void consumerOptionsReachTheComponent() {
        SpectrumTicketingConfiguration configuration = component().getConfiguration();

        assertThat(configuration.getInitialLookback()).isEqualTo(Duration.ofMinutes(30).toMillis());
        assertThat(configuration.isFetchDetails()).isTrue();
    }

    @Test
    void aBeanReferenceBindsTheBean() {
        assertThat(component().getConfiguration().getStateRepository()).isSameAs(stateRepository);
    }

    @Test
    void theClientSecretBindsFromTheEnvironment() {
        assertThat(component().getConfiguration().getClientSecret()).isEqualTo(SECRET);
    }

    @Test
    void theClientSecretIsNotPrinted() {
        assertThat(properties.toString()).doesNotContain(SECRET).contains("acme-client");
        assertThat(component().getConfiguration().toString()).doesNotContain(SECRET);
    }

    private SpectrumTicketingComponent component() {
        return camelContext.getComponent("spectrum-ticketing", SpectrumTicketingComponent.class);
    }

    /**
     * Plays the operating system's environment: Spring maps variable names only for sources named like it.
     */
    static class SecretFromEnvironment implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            Map<String, Object> variables = Map.of("CAMEL_COMPONENT_SPECTRUMTICKETING_CLIENTSECRET", SECRET);
            context.getEnvironment().getPropertySources()
                    .addLast(new SystemEnvironmentPropertySource("test-systemEnvironment", variables));
        }
    }
}
