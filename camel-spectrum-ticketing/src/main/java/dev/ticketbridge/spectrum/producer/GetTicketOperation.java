package dev.ticketbridge.spectrum.producer;

import dev.ticketbridge.spectrum.SpectrumTicketingConstants;
import dev.ticketbridge.spectrum.model.Ticket;
import org.apache.camel.Exchange;

/**
 * getTicket: the body becomes the {@code Ticket}, with its notes, named by id or ECT number; {@code null} on 204.
 */
final class GetTicketOperation implements ProducerOperation {

    @Override
    public void execute(Exchange exchange, OperationContext context) {
        String ticketId = context.text(exchange, SpectrumTicketingConstants.TICKET_ID,
                context.configuration().getTicketId());

        Ticket ticket = context.client().getTicket(ticketId, context.transactionId(exchange));

        exchange.getMessage().setBody(ticket);
        if (ticket != null) {
            exchange.getMessage().setHeader(SpectrumTicketingConstants.SPECTRUM_TICKET_NUMBER,
                    ticket.getSpectrumTicketNumber());
        }
    }
}
