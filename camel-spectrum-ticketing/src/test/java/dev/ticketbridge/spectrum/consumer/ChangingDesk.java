package dev.ticketbridge.spectrum.consumer;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Keeps Spectrum's support desk busy in the background: every few milliseconds it opens a ticket or changes one,
 * stamped with the current second, so that many changes share a second and some land while a poll is running.
 */
final class ChangingDesk implements AutoCloseable {

    private final FakeTicketDesk desk;
    private final AtomicInteger changes = new AtomicInteger();
    private final Thread worker;
    private volatile boolean running = true;

    ChangingDesk(FakeTicketDesk desk) {
        this.desk = desk;
        this.worker = new Thread(this::work, "changing-desk");
        worker.setDaemon(true);
        worker.start();
    }

    private void work() {
        int step = 0;
        while (running) {
            long now = Instant.now().getEpochSecond();
            List<String> ids = desk.ids();
            if (step % 3 == 2 && !ids.isEmpty()) {
                desk.touch(ids.get(step % ids.size()), now);
            } else {
                desk.open("R-" + step, now);
            }
            step++;
            changes.incrementAndGet();
            try {
                Thread.sleep(15);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** How many changes were made so far. */
    int changes() {
        return changes.get();
    }

    /** Waits until {@code count} more changes than {@code seen} were made. */
    void awaitChanges(int seen, int count) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (changes.get() < seen + count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    /** "id@dateUpdated" of every ticket as it stands now: the latest change of each, which must be delivered. */
    Set<String> latestChanges() {
        Set<String> latest = new HashSet<>();
        desk.ids().forEach(id -> latest.add(id + "@" + desk.dateUpdated(id)));
        return latest;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        worker.join(5_000);
    }
}
