package dev.ticketbridge.spectrum.model;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a note added to a ticket asks for. {@code Customer-Closure} requests closure: the API cannot close a ticket
 * itself.
 */
public enum NoteAction {

    CUSTOMER_NOTE("Customer-Note"),
    CUSTOMER_CLOSURE("Customer-Closure");

    private final String value;

    NoteAction(String value) {
        this.value = value;
    }

    /** The value as the provider spells it on the wire. */
    @JsonValue
    public String value() {
        return value;
    }

    /** Finds the constant the provider spells this way, ignoring case; empty for any other text. */
    public static Optional<NoteAction> fromValue(String text) {
        return Arrays.stream(values()).filter(v -> v.value.equalsIgnoreCase(text)).findFirst();
    }

    @Override
    public String toString() {
        return value;
    }
}
