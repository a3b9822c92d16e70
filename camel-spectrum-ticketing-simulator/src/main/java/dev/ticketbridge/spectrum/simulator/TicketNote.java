package dev.ticketbridge.spectrum.simulator;

import java.time.Instant;

/**
 * A note on a ticket, as the ticket detail shows it.
 *
 * <p>Support notes carry the support desk's note types ({@code General}, {@code Escalation}, {@code Handoff ETS}).
 * Notes that a customer adds through {@code POST /tickets/{id}/notes} carry their action as note type
 * ({@code Customer-Note} or {@code Customer-Closure}) and keep their submitter, which the API does not show.
 *
 * @param dateCreated when the note was added, to the second
 * @param noteType    the note's type
 * @param note        the text
 * @param submitterId who added it through the API, or {@code null} for support notes
 */
public record TicketNote(Instant dateCreated, String noteType, String note, String submitterId) {
}
