package dev.ticketbridge.spectrum.simulator;

import java.time.Instant;

/**
 * A period during which the support desk waited on the customer, shown in a ticket detail's
 * {@code customerActionMinuteDetails}.
 *
 * <p>The simulator opens a period when the support desk sets {@code needsClientAttention} and ends it when the
 * customer adds a note or the desk clears the flag; an open period has no end time.
 *
 * @param action    what the customer was asked for, such as {@code Customer-Awaiting Additional Information}
 * @param startTime when the period began
 * @param endTime   when it ended, or {@code null} while it is still open
 */
public record CustomerActionPeriod(String action, Instant startTime, Instant endTime) {
}
