package dev.ticketbridge.spectrum.model;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The two ticket statuses the provider reports; it simplifies its internal states into these.
 */
public enum TicketStatus {

    IN_PROGRESS("In Progress"),
    CLOSED("Closed");

    private final String value;

    TicketStatus(String value) {
        this.value = value;
    }

    /** The value as the provider spells it on the wire. */
    @JsonValue
    public String value() {
        return value;
    }

    /** Finds the constant the provider spells this way, ignoring case; empty for any other text. */
    public static Optional<TicketStatus> fromValue(String text) {
        return Arrays.stream(values()).filter(v -> v.value.equalsIgnoreCase(text)).findFirst();
    }

    @Override
    public String toString() {
        return value;
    }
}
