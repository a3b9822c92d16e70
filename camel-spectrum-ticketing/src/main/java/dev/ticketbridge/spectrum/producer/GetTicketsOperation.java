package dev.ticketbridge.spectrum.producer;

import dev.ticketbridge.spectrum.SpectrumTicketingConfiguration;
import dev.ticketbridge.spectrum.SpectrumTicketingConstants;
import dev.ticketbridge.spectrum.model.TicketPage;
import dev.ticketbridge.spectrum.model.TicketQuery;
import dev.ticketbridge.spectrum.model.TicketQuery.DateFilter;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * getTickets: the body becomes the {@code List<Ticket>} of every ticket matching the filters, or of one page when a
 * page number is given; {@code CamelSpectrumTicketingTicketsCount} gets the total count.
 */
final class GetTicketsOperation implements ProducerOperation {

    @Override
    public void execute(Exchange exchange, OperationContext context) {
        Message message = exchange.getMessage();
        SpectrumTicketingConfiguration options = context.configuration();
        TicketQuery query = TicketQuery.all()
                .status(Values.status(context.text(exchange, SpectrumTicketingConstants.STATUS, options.getStatus())));
        bound(query, exchange, DateFilter.OPEN_DATE_START, SpectrumTicketingConstants.OPEN_DATE_START,
                options.getOpenDateStart());
        bound(query, exchange, DateFilter.OPEN_DATE_END, SpectrumTicketingConstants.OPEN_DATE_END,
                options.getOpenDateEnd());
        bound(query, exchange, DateFilter.UPDATE_DATE_START, SpectrumTicketingConstants.UPDATE_DATE_START,
                options.getUpdateDateStart());
        bound(query, exchange, DateFilter.UPDATE_DATE_END, SpectrumTicketingConstants.UPDATE_DATE_END,
                options.getUpdateDateEnd());
        bound(query, exchange, DateFilter.RESOLVED_DATE_START, SpectrumTicketingConstants.RESOLVED_DATE_START,
                options.getResolvedDateStart());
        bound(query, exchange, DateFilter.RESOLVED_DATE_END, SpectrumTicketingConstants.RESOLVED_DATE_END,
                options.getResolvedDateEnd());
        bound(query, exchange, DateFilter.CLOSED_DATE_START, SpectrumTicketingConstants.CLOSED_DATE_START,
                options.getClosedDateStart());
        bound(query, exchange, DateFilter.CLOSED_DATE_END, SpectrumTicketingConstants.CLOSED_DATE_END,
                options.getClosedDateEnd());
        Integer page = Values.pageNumber(message.getHeader(SpectrumTicketingConstants.PAGE_NUMBER),
                options.getPageNumber());
        if (page != null) {
            query.page(page);
        }

        TicketPage answer = context.client().getTickets(query, context.transactionId(exchange));

        message.setBody(answer.getTickets());
        Integer total = answer.getTicketsCount();
        message.setHeader(SpectrumTicketingConstants.TICKETS_COUNT,
                total != null ? total : answer.getTickets().size());
    }

    private static void bound(TicketQuery query, Exchange exchange, String parameter, String header, String option) {
        Object value = exchange.getMessage().getHeader(header);
        query.bound(parameter, Values.instant(header, value != null ? value : option));
    }
}
