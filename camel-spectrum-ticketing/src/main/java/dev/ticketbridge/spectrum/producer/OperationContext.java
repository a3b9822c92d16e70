package dev.ticketbridge.spectrum.producer;

import dev.ticketbridge.spectrum.SpectrumTicketingConfiguration;
import dev.ticketbridge.spectrum.SpectrumTicketingConstants;
import dev.ticketbridge.spectrum.SpectrumTicketingEndpoint;
import dev.ticketbridge.spectrum.client.RequestBodies;
import dev.ticketbridge.spectrum.client.SpectrumTicketingClient;
import org.apache.camel.Exchange;

/**
 * What an operation needs from its endpoint, and the rule that a header wins over the endpoint option.
 */
final class OperationContext {

    private final SpectrumTicketingEndpoint endpoint;
    private final RequestBodies requestBodies;

    OperationContext(SpectrumTicketingEndpoint endpoint) {
        this.endpoint = endpoint;
        this.requestBodies = new RequestBodies(endpoint.getObjectMapper());
    }

    SpectrumTicketingClient client() {
        return endpoint.client();
    }

    SpectrumTicketingConfiguration configuration() {
        return endpoint.getConfiguration();
    }

    RequestBodies requestBodies() {
        return requestBodies;
    }

    /** The header's text when set and not blank, else the endpoint option's value. */
    String text(Exchange exchange, String header, String option) {
        String value = exchange.getMessage().getHeader(header, String.class);
        return value == null || value.isBlank() ? option : value;
    }

    String transactionId(Exchange exchange) {
        return exchange.getMessage().getHeader(SpectrumTicketingConstants.TRANSACTION_ID, String.class);
    }
}
