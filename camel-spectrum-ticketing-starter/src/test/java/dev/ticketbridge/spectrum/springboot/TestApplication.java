package dev.ticketbridge.spectrum.springboot;

import dev.ticketbridge.spectrum.SpectrumTicketingConfiguration;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The smallest application that uses the starter: one route with a {@code spectrum-ticketing} producer.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class TestApplication {

    /** For the tests that name a bean in a property. */
    @Bean
    MemoryStateRepository testStateRepository() {
        return new MemoryStateRepository();
    }

    /** For the tests that name the shared configuration object in a property. */
    @Bean
    SpectrumTicketingConfiguration sharedConfiguration() {
        SpectrumTicketingConfiguration configuration = new SpectrumTicketingConfiguration();
        configuration.setBaseUrl("http://shared.example/api");
        configuration.setSubmitterId("shared@acme.example");
        configuration.setConnectTimeout(1234);
        return configuration;
    }

    @Bean
    RouteBuilder sitesRoute() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:sites").routeId("sites").to("spectrum-ticketing:getSites");
            }
        };
    }
}
