package dev.ticketbridge.spectrum.consumer;

/**
 * What happened to a ticket, as the {@code CamelSpectrumTicketingChangeKind} header tells it. The kind is worked out
 * by comparing the ticket with what this consumer last delivered for it; when more than one applies, the first in
 * this order wins.
 */
public enum TicketChangeKind {

    /** First delivered by this consumer, and opened since the consumer's horizon. */
    created,

    /** Became {@code Closed} since it was last delivered (or, first seen, closed since the horizon). */
    closed,

    /** Spectrum set {@code needsClientAttention}: it was not set when the ticket was last delivered, or never seen. */
    needsAttention,

    /** Any other change: a note, a new date, a field Spectrum changed, a reopening. */
    updated
}
