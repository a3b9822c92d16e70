package dev.ticketbridge.spectrum.consumer;

import java.util.List;
import java.util.OptionalLong;

/**
 * Tracks which changes of one poll completed, so that the cursor only moves past a change once it and every older
 * change of the batch completed. Exchanges may complete out of order (an asynchronous route); a failed one holds the
 * cursor where it is, so it and everything after it is fetched again by the next poll.
 */
final class BatchProgress {

    private final List<PendingChange> changes;
    private final boolean[] completed;
    private int head;

    BatchProgress(List<PendingChange> changes) {
        this.changes = List.copyOf(changes);
        this.completed = new boolean[changes.size()];
    }

    PendingChange get(int index) {
        return changes.get(index);
    }

    int size() {
        return changes.size();
    }

    /**
     * Marks a change completed.
     *
     * @return the second the cursor may move to: the {@code dateUpdated} of the newest change of the completed run
     *         at the head of the batch; empty when the head has not moved
     */
    synchronized OptionalLong complete(int index) {
        completed[index] = true;
        int before = head;
        while (head < completed.length && completed[head]) {
            head++;
        }
        return head == before ? OptionalLong.empty() : OptionalLong.of(changes.get(head - 1).dateUpdated());
    }
}
