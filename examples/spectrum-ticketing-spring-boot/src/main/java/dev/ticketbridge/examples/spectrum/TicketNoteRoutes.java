package dev.ticketbridge.examples.spectrum;

import java.util.Map;

import dev.ticketbridge.spectrum.SpectrumTicketingConstants;
import dev.ticketbridge.spectrum.client.SpectrumApiException;
import dev.ticketbridge.spectrum.client.SpectrumValidationException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;
import org.springframework.stereotype.Component;

/**
 * A small HTTP face for the support desk side of a ticket:
 * <ul>
 * <li>{@code POST /tickets/{ticket}/notes} with the note as plain text (or JSON {@code {"note": ...}}) adds a note;
 * </li>
 * <li>{@code POST /tickets/{ticket}/closure} with the reason as plain text asks Spectrum to close the ticket (the API
 * cannot close it: Spectrum's support desk does).</li>
 * </ul>
 * {@code {ticket}} is the ticket id or its ECT number. The answer is {@code {"ticketId": ...}}; a refused request
 * answers 400 (the rules it broke), 403 or 404 as Spectrum did, and 502 when Spectrum failed, with
 * {@code {"error": ...}}.
 */
@Component
public class TicketNoteRoutes extends RouteBuilder {

    @Override
    public void configure() {
        onException(Exception.class)
                .handled(true)
                .process(TicketNoteRoutes::describeFailure)
                .marshal().json(JsonLibrary.Jackson);

        from("platform-http:/tickets/{ticket}/notes?httpMethodRestrict=POST")
                .routeId("add-note")
                .setHeader(SpectrumTicketingConstants.TICKET_ID, header("ticket"))
                .setHeader(SpectrumTicketingConstants.NOTE_ACTION, constant("CUSTOMER_NOTE"))
                .to("direct:send-note");

        from("platform-http:/tickets/{ticket}/closure?httpMethodRestrict=POST")
                .routeId("request-closure")
                .setHeader(SpectrumTicketingConstants.TICKET_ID, header("ticket"))
                .setHeader(SpectrumTicketingConstants.NOTE_ACTION, constant("CUSTOMER_CLOSURE"))
                .to("direct:send-note");

        from("direct:send-note")
                .routeId("send-note")
                .log("${header." + SpectrumTicketingConstants.NOTE_ACTION + "} for ticket ${header."
                     + SpectrumTicketingConstants.TICKET_ID + "}")
                .to("spectrum-ticketing:addNote")
                .marshal().json(JsonLibrary.Jackson)
                .setHeader(Exchange.CONTENT_TYPE, constant("application/json"));
    }

    private static void describeFailure(Exchange exchange) {
        Throwable error = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        int status = 502;
        if (error instanceof SpectrumValidationException) {
            status = 400;
        } else if (error instanceof SpectrumApiException api && api.getStatusCode() >= 400
                   && api.getStatusCode() < 500 && api.getStatusCode() != 401) {
            status = api.getStatusCode();
        }
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
        exchange.getMessage().setBody(Map.of("error", String.valueOf(error.getMessage())));
    }
}
