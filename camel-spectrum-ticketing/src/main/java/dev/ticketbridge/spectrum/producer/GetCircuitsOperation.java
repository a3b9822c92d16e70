package dev.ticketbridge.spectrum.producer;

import org.apache.camel.Exchange;

/**
 * getCircuits: the body becomes the {@code List<Circuit>} of the organization's circuits.
 */
final class GetCircuitsOperation implements ProducerOperation {

    @Override
    public void execute(Exchange exchange, OperationContext context) {
        exchange.getMessage().setBody(context.client().getCircuits(context.transactionId(exchange)));
    }
}
