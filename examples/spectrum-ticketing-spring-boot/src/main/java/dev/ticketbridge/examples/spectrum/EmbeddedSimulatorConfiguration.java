package dev.ticketbridge.examples.spectrum;

import dev.ticketbridge.spectrum.SpectrumTicketingComponent;
import dev.ticketbridge.spectrum.SpectrumTicketingConfiguration;
import dev.ticketbridge.spectrum.simulator.SpectrumSimulator;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the Spectrum simulator in-process and points the {@code spectrum-ticketing} component at it, unless
 * {@code example.simulator.enabled} is false (as in the {@code spectrum} profile).
 *
 * <p>The simulator listens on a free port by default, so its URLs are only known once it runs: they reach the
 * component through a customizer that runs after the starter's, and so win over
 * {@code camel.component.spectrum-ticketing.base-url}, {@code token-url}, {@code client-id} and {@code client-secret}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "example.simulator.enabled", havingValue = "true", matchIfMissing = true)
public class EmbeddedSimulatorConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedSimulatorConfiguration.class);

    @Bean(destroyMethod = "stop")
    public SpectrumSimulator spectrumSimulator(ExampleProperties properties) {
        SpectrumSimulator.Builder builder = SpectrumSimulator.builder().port(properties.getSimulator().getPort());
        if (!properties.getSimulator().getSupportDeskActivity().isZero()) {
            builder.supportDeskActivity(properties.getSimulator().getSupportDeskActivity());
        }
        SpectrumSimulator simulator = builder.build().start();
        LOG.info("Spectrum simulator running at {} (admin: {}); the support desk changes a ticket every {}",
                simulator.baseUrl(), simulator.adminUrl(), properties.getSimulator().getSupportDeskActivity());
        return simulator;
    }

    /** Connects the component to the simulator, after the starter's customizer has applied the properties. */
    @Bean
    public ComponentCustomizer simulatorConnection(SpectrumSimulator simulator) {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                SpectrumTicketingConfiguration configuration = ((SpectrumTicketingComponent) target).getConfiguration();
                configuration.setBaseUrl(simulator.baseUrl());
                configuration.setTokenUrl(simulator.tokenUrl());
                configuration.setClientId(simulator.defaultOrganization().clientId());
                configuration.setClientSecret(simulator.defaultOrganization().clientSecret());
                // The simulator starts from fresh data on every run, so the consumer's cursor need not outlive the
                // app: keeping it in memory is a choice here, and saying so spares the consumer's warning.
                if (configuration.getStateRepository() == null) {
                    configuration.setStateRepository(new MemoryStateRepository());
                }
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return target instanceof SpectrumTicketingComponent;
            }

            @Override
            public int getOrder() {
                return LOWEST;
            }
        };
    }
}
