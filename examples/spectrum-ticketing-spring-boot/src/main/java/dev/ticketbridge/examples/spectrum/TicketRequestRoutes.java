package dev.ticketbridge.examples.spectrum;

import java.nio.file.Path;
import java.util.stream.Collectors;

import dev.ticketbridge.spectrum.SpectrumTicketingConstants;
import dev.ticketbridge.spectrum.client.SpectrumTicketingException;
import dev.ticketbridge.spectrum.client.SpectrumValidationException;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;
import org.springframework.stereotype.Component;

/**
 * The folder drop: each {@code *.json} ticket request dropped into the inbox becomes a Spectrum ticket.
 *
 * <p>On success the request moves to {@code processed/} with the answer beside it ({@code <name>.answer.json}: the
 * ticket id and ECT number). A request Spectrum or the component refuses moves to {@code error/} with the reason
 * beside it ({@code <name>.error.txt}: every broken rule, or the provider's message); nothing is retried, since a
 * retried create could open the ticket twice. A request is never deleted.
 */
@Component
public class TicketRequestRoutes extends RouteBuilder {

    /** Where the request file goes once handled: processed or error. */
    static final String OUTCOME = "exampleOutcome";
    static final String REQUEST_NAME = "exampleRequestName";

    private final ExampleProperties properties;

    public TicketRequestRoutes(ExampleProperties properties) {
        this.properties = properties;
    }

    @Override
    public void configure() {
        onException(Exception.class)
                .handled(true)
                .setProperty(OUTCOME, constant("error"))
                .log(LoggingLevel.WARN, "Ticket request ${header.CamelFileName} was refused: ${exception.message}. "
                                        + "It is in the error folder with the reason beside it.")
                .process(TicketRequestRoutes::explainFailure)
                .toD(fileUri(properties.error()) + "&fileName=${exchangeProperty." + REQUEST_NAME + "}.error.txt");

        from(fileUri(properties.inbox()) + "&include=.*\\.json&readLock=changed&readLockMinAge=500"
             + "&move=../${exchangeProperty." + OUTCOME + "}/${file:name}")
                .routeId("ticket-requests")
                .setProperty(OUTCOME, constant("processed"))
                .setProperty(REQUEST_NAME, simple("${file:onlyname.noext}"))
                .log("Ticket request ${header.CamelFileName} received: opening a Spectrum ticket")
                .to("spectrum-ticketing:createTicket")
                .log("Ticket request ${header.CamelFileName} opened Spectrum ticket ${header."
                     + SpectrumTicketingConstants.SPECTRUM_TICKET_NUMBER + "} (id ${header."
                     + SpectrumTicketingConstants.TICKET_ID + "})")
                .marshal().json(JsonLibrary.Jackson, true)
                .toD(fileUri(properties.processed()) + "&fileName=${exchangeProperty." + REQUEST_NAME
                     + "}.answer.json");
    }

    static String fileUri(Path folder) {
        // The folders are absolute so that the log and the file endpoints name the same place.
        return "file:" + folder.toString().replace('\\', '/') + "?autoCreate=true";
    }

    private static void explainFailure(Exchange exchange) {
        Throwable error = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        StringBuilder reason = new StringBuilder(error.getClass().getSimpleName()).append(": ")
                .append(error.getMessage()).append('\n');
        if (error instanceof SpectrumValidationException validation) {
            reason.append(validation.getViolations().stream().map(violation -> "- " + violation)
                    .collect(Collectors.joining("\n", "", "\n")));
        }
        if (error instanceof SpectrumTicketingException failure && failure.isRetryable()) {
            reason.append("Spectrum could not be reached or was unavailable, so the ticket may or may not have been ")
                    .append("opened: check in Spectrum before dropping the request into the inbox again.\n");
        }
        exchange.getMessage().setBody(reason.toString());
    }
}
