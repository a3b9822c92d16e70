package dev.ticketbridge.spectrum.consumer;

import java.util.Set;

/**
 * What the consumer last delivered for one ticket: enough to suppress a second delivery of the same change, tell
 * the kind of the next one, and recognise the notes already handed on.
 *
 * @param dateUpdated          the ticket's {@code dateUpdated} (epoch seconds) in the delivered body
 * @param closed               whether it was {@code Closed} then
 * @param needsClientAttention whether Spectrum asked for the customer's attention then
 * @param noteKeys             the {@linkplain NoteKeys keys} of the delivered notes that are still inside the
 *                             overlap window; older notes are known to be old by their date alone
 */
record DeliveredTicket(long dateUpdated, boolean closed, boolean needsClientAttention, Set<String> noteKeys) {

    DeliveredTicket {
        noteKeys = Set.copyOf(noteKeys);
    }
}
