package dev.ticketbridge.spectrum.simulator;

import java.util.Objects;

/**
 * A contact person shown on a ticket, in the shape Spectrum answers with (one {@code name}, not first and last).
 *
 * @param name        full name
 * @param type        contact type, such as {@code Site} or {@code Technical}; Spectrum also sends {@code SITE}
 * @param phoneNumber phone number, free text
 * @param email       e-mail address, free text
 */
public record Contact(String name, String type, String phoneNumber, String email) {

    /** Turns absent strings into empty ones, as Spectrum does. */
    public Contact {
        name = Objects.requireNonNullElse(name, "");
        type = Objects.requireNonNullElse(type, "");
        phoneNumber = Objects.requireNonNullElse(phoneNumber, "");
        email = Objects.requireNonNullElse(email, "");
    }
}
