package dev.ticketbridge.spectrum.producer;

import dev.ticketbridge.spectrum.SpectrumTicketingConstants;
import org.apache.camel.Exchange;

/**
 * getCircuit: the body becomes the {@code Circuit}; {@code null} on 204.
 */
final class GetCircuitOperation implements ProducerOperation {

    @Override
    public void execute(Exchange exchange, OperationContext context) {
        String circuitId = context.text(exchange, SpectrumTicketingConstants.CIRCUIT_ID,
                context.configuration().getCircuitId());
        exchange.getMessage().setBody(context.client().getCircuit(circuitId, context.transactionId(exchange)));
    }
}
