package dev.ticketbridge.spectrum.model;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Kind of contact on a new ticket; every new ticket needs at least one {@code Site} contact.
 */
public enum ContactType {

    SITE("Site"),
    TECHNICAL("Technical");

    private final String value;

    ContactType(String value) {
        this.value = value;
    }

    /** The value as the provider spells it on the wire. */
    @JsonValue
    public String value() {
        return value;
    }

    /** Finds the constant the provider spells this way, ignoring case; empty for any other text. */
    public static Optional<ContactType> fromValue(String text) {
        return Arrays.stream(values()).filter(v -> v.value.equalsIgnoreCase(text)).findFirst();
    }

    @Override
    public String toString() {
        return value;
    }
}
