package dev.ticketbridge.spectrum.consumer;

import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.ticketbridge.spectrum.SpectrumTicketingConstants;
import dev.ticketbridge.spectrum.client.SpectrumNotFoundException;
import dev.ticketbridge.spectrum.model.Ticket;
import dev.ticketbridge.spectrum.model.TicketNote;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code fetchDetails}, each delivered ticket carries its notes, and the CamelSpectrumTicketingNewNotes header
 * lists only those not delivered before: a route can copy Spectrum's work notes elsewhere without repeating one. A
 * detail the provider fails to serve fails the poll; one it refuses for that ticket goes to the route's error handler.
 */
class UpdatedTicketsNotesTest extends UpdatedTicketsTestSupport {

    @Test
    void firstDeliveryCarriesEveryNoteAndListsThoseWrittenSinceTheHorizonAsNew() throws Exception {
        long longAgo = T - 86_400;
        DESK.open("A", longAgo);
        DESK.addNote("A", longAgo + 60, "General", "Dispatched a technician");
        DESK.addNote("A", T, "Escalation", "Escalated to the backbone team");
        changes().expectedMessageCount(1);

        startConsumer("fetchDetails=true");
        changes().assertIsSatisfied(20_000);

        Exchange exchange = changes().getReceivedExchanges().get(0);
        assertThat(exchange.getMessage().getBody(Ticket.class).getNotes()).hasSize(2);
        assertThat(newNotes(exchange)).containsExactly("Escalated to the backbone team");
    }

    @Test
    void laterChangeListsOnlyTheNotesAddedSince() throws Exception {
        DESK.open("A", T);
        DESK.addNote("A", T, "General", "Ticket received");
        startConsumer("fetchDetails=true");
        List<String> first = nextNewNotes();

        DESK.addNote("A", T + 1, "General", "Circuit tested clean from the central office");
        List<String> second = nextNewNotes();
        DESK.close("A", T + 2);
        List<String> third = nextNewNotes();

        assertThat(first).containsExactly("Ticket received");
        assertThat(second).containsExactly("Circuit tested clean from the central office");
        assertThat(third).isEmpty();
    }

    @Test
    void notesWrittenInTheSameSecondAreEachNewOnce() throws Exception {
        DESK.open("A", T);
        DESK.addNote("A", T + 1, "General", "Technician on site");
        startConsumer("fetchDetails=true");
        List<String> first = nextNewNotes();

        // Same second and type as the delivered note, different text: a different note.
        DESK.addNote("A", T + 1, "General", "Technician replaced the NID");
        DESK.touch("A", T + 2);
        List<String> second = nextNewNotes();

        assertThat(first).containsExactly("Technician on site");
        assertThat(second).containsExactly("Technician replaced the NID");
    }

    @Test
    void bodyIsTheDetailReadBeforeDelivery() throws Exception {
        DESK.open("A", T);
        DESK.addNote("A", T, "Handoff ETS", "Handed to field operations");
        changes().expectedMessageCount(1);

        startConsumer("fetchDetails=true");
        changes().assertIsSatisfied(20_000);

        TicketNote note = changes().getReceivedExchanges().get(0).getMessage().getBody(Ticket.class).getNotes().get(0);
        assertThat(note.getNoteType()).isEqualTo("Handoff ETS");
        assertThat(DESK.detailRequests()).isEqualTo(1);
    }

    @Test
    void detailsTheProviderFailsToServeFailThePollAndArriveLater() throws Exception {
        DESK.open("A", T);
        DESK.open("B", T + 1);
        DESK.failNextDetail(500, "{\"message\":\"Service temporarily unavailable\"}");
        changes().expectedMessageCount(2);

        startConsumer("fetchDetails=true");
        changes().assertIsSatisfied(20_000);
        DESK.awaitListRequests(DESK.listRequests(), 2);

        assertThat(delivered(changes())).containsExactly("A@" + T, "B@" + (T + 1));
        assertThat(DESK.listRequests()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void ticketWhoseDetailsAreRefusedGoesToTheRoutesErrorHandler() throws Exception {
        DESK.open("GONE", T);
        DESK.open("B", T + 1);
        DESK.failNextDetail(404, "{\"message\":\"Ticket not found\"}");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                onException(SpectrumNotFoundException.class).handled(true).to("mock:refused");
                from(consumerUri("fetchDetails=true")).routeId("updates").to("mock:changes");
            }
        });
        MockEndpoint refused = getMockEndpoint("mock:refused");
        refused.expectedMessageCount(1);
        changes().expectedMessageCount(1);

        MockEndpoint.assertIsSatisfied(20_000, TimeUnit.MILLISECONDS, refused, changes());
        DESK.awaitListRequests(DESK.listRequests(), 2);

        // Handled by the route, so delivered: neither the refused ticket nor the next one comes again.
        assertThat(delivered(refused)).containsExactly("GONE@" + T);
        assertThat(delivered(changes())).containsExactly("B@" + (T + 1));
    }

    private List<String> nextNewNotes() throws InterruptedException {
        changes().reset();
        changes().expectedMessageCount(1);
        changes().assertIsSatisfied(20_000);
        return newNotes(changes().getReceivedExchanges().get(0));
    }

    @SuppressWarnings("unchecked")
    private static List<String> newNotes(Exchange exchange) {
        List<TicketNote> notes = exchange.getMessage().getHeader(SpectrumTicketingConstants.NEW_NOTES, List.class);
        return notes.stream().map(TicketNote::getNote).toList();
    }
}
