package dev.ticketbridge.spectrum.producer;

import org.apache.camel.Exchange;

/**
 * getSites: the body becomes the {@code List<Site>} of the organization's sites.
 */
final class GetSitesOperation implements ProducerOperation {

    @Override
    public void execute(Exchange exchange, OperationContext context) {
        exchange.getMessage().setBody(context.client().getSites(context.transactionId(exchange)));
    }
}
