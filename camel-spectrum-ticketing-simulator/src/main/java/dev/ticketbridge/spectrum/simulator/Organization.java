package dev.ticketbridge.spectrum.simulator;

import java.util.Objects;
import java.util.UUID;

/**
 * A customer organization known to the simulator: the owner of a client id and secret, and of the sites, circuits
 * and tickets that a token issued to it may see.
 *
 * <p>Every API call is scoped to the organization behind its token, as on Spectrum: another organization's ticket,
 * site or circuit answers 403. The {@code cxId} is what Spectrum calls the organization's identifier in its site
 * and circuit answers. {@link #toString()} leaves the secret out so that it never reaches a log line.
 *
 * @param name         a display name, used only in logs and the admin endpoint
 * @param clientId     the client id that the token endpoint accepts
 * @param clientSecret the secret that goes with the client id
 * @param cxId         Spectrum's identifier of the organization, shown as {@code cxId} on sites and circuits
 */
public record Organization(String name, String clientId, String clientSecret, String cxId) {

    /** Checks that every field is present and the client id is not blank. */
    public Organization {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(cxId, "cxId");
        if (clientId.isBlank()) {
            throw new IllegalArgumentException("An organization needs a non-blank client id");
        }
    }

    /**
     * Creates an organization with a random upper-case {@code cxId}.
     *
     * @param name         display name
     * @param clientId     client id for the token endpoint
     * @param clientSecret client secret for the token endpoint
     * @return the new organization, not yet registered with any simulator
     */
    public static Organization of(String name, String clientId, String clientSecret) {
        return new Organization(name, clientId, clientSecret, UUID.randomUUID().toString().toUpperCase());
    }

    @Override
    public String toString() {
        return "Organization[name=" + name + ", clientId=" + clientId + ", cxId=" + cxId + "]";
    }
}
