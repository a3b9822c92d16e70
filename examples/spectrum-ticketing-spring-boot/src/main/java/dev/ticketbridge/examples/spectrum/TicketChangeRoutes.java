package dev.ticketbridge.examples.spectrum;

import dev.ticketbridge.spectrum.SpectrumTicketingConstants;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;
import org.springframework.stereotype.Component;

/**
 * Follows the tickets Spectrum changes: each change (created, closed, needsAttention, updated) is logged and
 * written to the outbox as {@code <time>-<ECT number>-<kind>.json}, the ticket as Spectrum shows it.
 */
@Component
public class TicketChangeRoutes extends RouteBuilder {

    private final ExampleProperties properties;

    public TicketChangeRoutes(ExampleProperties properties) {
        this.properties = properties;
    }

    @Override
    public void configure() {
        from("spectrum-ticketing:updatedTickets?delay={{example.poll-delay:5000}}")
                .routeId("ticket-changes")
                .log("Spectrum ticket ${header." + SpectrumTicketingConstants.SPECTRUM_TICKET_NUMBER + "} "
                     + "${header." + SpectrumTicketingConstants.CHANGE_KIND + "}: status ${body.status}, "
                     + "assigned action ${body.assignedAction}")
                .marshal().json(JsonLibrary.Jackson, true)
                .to(TicketRequestRoutes.fileUri(properties.outbox()) + "&fileName=${date:now:yyyyMMdd-HHmmss-SSS}-"
                    + "${header." + SpectrumTicketingConstants.SPECTRUM_TICKET_NUMBER + "}-${header."
                    + SpectrumTicketingConstants.CHANGE_KIND + "}.json");
    }
}
