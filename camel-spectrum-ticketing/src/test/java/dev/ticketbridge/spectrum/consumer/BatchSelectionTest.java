package dev.ticketbridge.spectrum.consumer;

import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

import dev.ticketbridge.spectrum.model.Ticket;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one poll sends, and how far its completions move the cursor: the two decisions that keep changes from being
 * lost or repeated, checked without a server.
 */
class BatchSelectionTest {

    @Test
    void selectsChangesNotDeliveredYetOldestFirstThenById() {
        ConsumerState state = ConsumerState.startingAt(1000);
        state.recordDelivered("SEEN", new DeliveredTicket(1000, false, false, Set.of()));
        state.recordDelivered("CHANGED", new DeliveredTicket(990, false, false, Set.of()));

        List<PendingChange> changes = UpdatedTicketsConsumer.select(
                List.of(ticket("SEEN", 1000), ticket("B", 1000), ticket("CHANGED", 1001), ticket("A", 1000),
                        ticket("LATE", 950)),
                state, 880);

        assertThat(changes).map(PendingChange::ticketId).containsExactly("LATE", "A", "B", "CHANGED");
    }

    @Test
    void ticketListedTwiceCountsOnceAtItsLatestChange() {
        List<PendingChange> changes = UpdatedTicketsConsumer.select(
                List.of(ticket("A", 1002), ticket("A", 1001)), ConsumerState.startingAt(1000), 880);

        assertThat(changes).map(PendingChange::dateUpdated).containsExactly(1002L);
    }

    @Test
    void cursorMovesOnlyPastTheCompletedHeadOfTheBatch() {
        BatchProgress progress = new BatchProgress(List.of(change("A", 1000), change("B", 1001), change("C", 1002)));

        OptionalLong afterC = progress.complete(2);
        OptionalLong afterA = progress.complete(0);
        OptionalLong afterB = progress.complete(1);

        assertThat(afterC).isEmpty();
        assertThat(afterA).hasValue(1000);
        assertThat(afterB).hasValue(1002);
    }

    private static PendingChange change(String id, long dateUpdated) {
        return new PendingChange(ticket(id, dateUpdated), null, 880);
    }

    private static Ticket ticket(String id, long dateUpdated) {
        Ticket ticket = new Ticket();
        ticket.setId(id);
        ticket.setDateUpdated(dateUpdated);
        ticket.setDateCreated(dateUpdated);
        return ticket;
    }
}
