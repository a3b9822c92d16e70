package dev.ticketbridge.spectrum.consumer;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.ticketbridge.spectrum.model.Ticket;
import dev.ticketbridge.spectrum.model.TicketNote;

/**
 * A change found by one poll and not delivered yet: the ticket as the list showed it, what was last delivered for it
 * when the poll began, and the second the poll's query started from.
 *
 * <p>The kind and the new notes are worked out from the body actually delivered, which with {@code fetchDetails} is
 * the detail read just before delivery and may be newer than the listed ticket.
 */
record PendingChange(Ticket listed, DeliveredTicket previous, long since) {

    /** Oldest change first; tickets changed in the same second by id, so that every poll sees the same order. */
    static final Comparator<PendingChange> OLDEST_FIRST = Comparator
            .comparingLong(PendingChange::dateUpdated)
            .thenComparing(change -> change.listed().getId());

    String ticketId() {
        return listed.getId();
    }

    /** The listed ticket's {@code dateUpdated}, in epoch seconds: what orders the batch and moves the cursor. */
    long dateUpdated() {
        return epochSecond(listed.updatedAt());
    }

    TicketChangeKind kindOf(Ticket body) {
        boolean needsAttention = Boolean.TRUE.equals(body.getNeedsClientAttention());
        if (previous == null) {
            if (epochSecond(body.createdAt()) >= since) {
                return TicketChangeKind.created;
            }
            if (body.isClosed() && epochSecond(body.closedAt()) >= since) {
                return TicketChangeKind.closed;
            }
            return needsAttention ? TicketChangeKind.needsAttention : TicketChangeKind.updated;
        }
        if (body.isClosed() && !previous.closed()) {
            return TicketChangeKind.closed;
        }
        if (needsAttention && !previous.needsClientAttention()) {
            return TicketChangeKind.needsAttention;
        }
        return TicketChangeKind.updated;
    }

    /**
     * The notes of the body not delivered before, oldest first: those written since the query's start whose key was
     * not recorded with the previous delivery. Notes written before it were delivered with an earlier change.
     */
    List<TicketNote> newNotes(Ticket body) {
        if (body.getNotes() == null) {
            return List.of();
        }
        Set<String> known = previous == null ? Set.of() : previous.noteKeys();
        return body.getNotes().stream()
                .filter(note -> NoteKeys.dateCreated(note) >= since)
                .filter(note -> !known.contains(NoteKeys.key(note)))
                .sorted(Comparator.comparingLong(NoteKeys::dateCreated))
                .toList();
    }

    /** What to remember once the body has been delivered. */
    DeliveredTicket deliveredAs(Ticket body) {
        Set<String> noteKeys = new LinkedHashSet<>();
        if (body.getNotes() != null) {
            body.getNotes().stream()
                    .filter(note -> NoteKeys.dateCreated(note) >= since)
                    .forEach(note -> noteKeys.add(NoteKeys.key(note)));
        }
        long dateUpdated = Math.max(dateUpdated(), epochSecond(body.updatedAt()));
        return new DeliveredTicket(dateUpdated, body.isClosed(), Boolean.TRUE.equals(body.getNeedsClientAttention()),
                noteKeys);
    }

    private static long epochSecond(Instant instant) {
        return instant == null ? Long.MIN_VALUE : instant.getEpochSecond();
    }
}
