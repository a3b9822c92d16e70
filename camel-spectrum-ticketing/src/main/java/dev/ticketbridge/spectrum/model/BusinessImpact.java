package dev.ticketbridge.spectrum.model;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Level of impact of a ticket. A new ticket may only say {@code Outage}, {@code Impairment} or {@code Information};
 * {@code Failover} only appears on tickets Spectrum reports.
 */
public enum BusinessImpact {

    OUTAGE("Outage"),
    IMPAIRMENT("Impairment"),
    FAILOVER("Failover"),
    INFORMATION("Information");

    private final String value;

    BusinessImpact(String value) {
        this.value = value;
    }

    /** The value as the provider spells it on the wire. */
    @JsonValue
    public String value() {
        return value;
    }

    /** Finds the constant the provider spells this way, ignoring case; empty for any other text. */
    public static Optional<BusinessImpact> fromValue(String text) {
        return Arrays.stream(values()).filter(v -> v.value.equalsIgnoreCase(text)).findFirst();
    }

    @Override
    public String toString() {
        return value;
    }
}
