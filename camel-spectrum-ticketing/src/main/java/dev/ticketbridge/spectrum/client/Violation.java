package dev.ticketbridge.spectrum.client;

/**
 * One broken rule of a request: the field, in JSON path form such as {@code contacts[1].email}, and what is wrong.
 */
public record Violation(String field, String message) {

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
