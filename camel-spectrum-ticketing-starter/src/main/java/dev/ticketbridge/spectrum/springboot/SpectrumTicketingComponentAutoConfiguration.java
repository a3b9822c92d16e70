package dev.ticketbridge.spectrum.springboot;

import java.util.HashMap;
import java.util.Map;

import dev.ticketbridge.spectrum.SpectrumTicketingComponent;
import dev.ticketbridge.spectrum.SpectrumTicketingConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;

/**
 * Applies {@code camel.component.spectrum-ticketing.*} to the {@code spectrum-ticketing} component when Camel
 * creates it, through the component's generated configurer (no reflection on the component). Only the properties
 * that are set are applied, the {@code configuration} bean (when named) before the single options.
 *
 * <p>Backs off, leaving the component with its own defaults, when {@code camel.component.enabled} or
 * {@code camel.component.spectrum-ticketing.enabled} is false; the customizer alone is turned off with
 * {@code camel.component.customizer.enabled} or {@code camel.component.spectrum-ticketing.customizer.enabled}.
 * A component the application registers itself under another name is customized too, as long as it is a
 * {@link SpectrumTicketingComponent}.
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@ConditionalOnHierarchicalProperties({ "camel.component", "camel.component.spectrum-ticketing" })
@EnableConfigurationProperties({ ComponentConfigurationProperties.class,
                                 SpectrumTicketingComponentConfiguration.class })
public class SpectrumTicketingComponentAutoConfiguration {

    private final ApplicationContext applicationContext;
    private final CamelContext camelContext;
    private final SpectrumTicketingComponentConfiguration configuration;

    public SpectrumTicketingComponentAutoConfiguration(ApplicationContext applicationContext,
                                                       CamelContext camelContext,
                                                       SpectrumTicketingComponentConfiguration configuration) {
        this.applicationContext = applicationContext;
        this.camelContext = camelContext;
        this.configuration = configuration;
    }

    /** Turns {@code #beanName} property values into beans; static because binding needs it before this class. */
    @Bean
    @ConfigurationPropertiesBinding
    public static SpectrumTicketingComponentConverter spectrumTicketingComponentConverter(
            ApplicationContext applicationContext) {
        return new SpectrumTicketingComponentConverter(applicationContext);
    }

    /** Copies the bound properties onto each {@link SpectrumTicketingComponent} Camel creates. */
    @Lazy
    @Bean
    public ComponentCustomizer configureSpectrumTicketingComponent() {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                // Mutable copies: the helper removes each property it has applied.
                Map<String, Object> properties = new HashMap<>(CamelPropertiesHelper.getNonNullProperties(
                        camelContext, configuration));
                // The configuration object first, so that the single options set beside it change it rather than
                // being replaced by it; a copy, so that the application's bean is left as it is.
                Object shared = properties.remove("configuration");
                if (shared instanceof SpectrumTicketingConfiguration sharedConfiguration) {
                    Map<String, Object> first = new HashMap<>();
                    first.put("configuration", sharedConfiguration.copy());
                    CamelPropertiesHelper.setCamelProperties(camelContext, target, first, false);
                }
                CamelPropertiesHelper.setCamelProperties(camelContext, target, properties, false);
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return target instanceof SpectrumTicketingComponent
                       && HierarchicalPropertiesEvaluator.evaluate(applicationContext,
                               "camel.component.customizer", "camel.component.spectrum-ticketing.customizer");
            }
        };
    }
}
