package dev.ticketbridge.spectrum.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The simulator's notion of "now", in UTC: real time by default, and settable so that a test can expire a token,
 * age tickets past the 12-month window or pin {@code dateUpdated} without sleeping.
 *
 * <p>{@link #setInstant(Instant)} freezes time at an instant; {@link #advance(Duration)} moves it forward (or back
 * with a negative duration) whether it is frozen or running; {@link #useSystemTime()} returns to real time. The
 * clock is safe to change while requests are being served.
 */
public final class SimulatorClock extends Clock {

    private final Object lock = new Object();
    private Instant frozenAt;
    private Duration offset = Duration.ZERO;

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The simulator clock is always UTC");
    }

    @Override
    public Instant instant() {
        synchronized (lock) {
            return frozenAt != null ? frozenAt : Instant.now().plus(offset);
        }
    }

    /**
     * Freezes time at the given instant until it is advanced or {@link #useSystemTime()} is called.
     *
     * @param instant the new "now"
     */
    public void setInstant(Instant instant) {
        synchronized (lock) {
            frozenAt = instant;
        }
    }

    /**
     * Moves time by the given amount; a running clock keeps running from the new point.
     *
     * @param amount how far to move; negative moves back
     */
    public void advance(Duration amount) {
        synchronized (lock) {
            if (frozenAt != null) {
                frozenAt = frozenAt.plus(amount);
            } else {
                offset = offset.plus(amount);
            }
        }
    }

    /** Returns to real time, dropping any frozen instant or offset. */
    public void useSystemTime() {
        synchronized (lock) {
            frozenAt = null;
            offset = Duration.ZERO;
        }
    }
}
