package dev.ticketbridge.spectrum.springboot;

import dev.ticketbridge.spectrum.SpectrumTicketingComponent;
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
 * creates it, through the component's generated configurer (no reflection on the component).
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
                CamelPropertiesHelper.copyProperties(camelContext, configuration, target);
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
