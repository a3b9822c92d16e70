package dev.ticketbridge.spectrum.simulator;

import java.util.Objects;

/**
 * A network circuit of an organization, installed at one of its sites.
 *
 * <p>{@code GET /circuits} shows the circuit with the address of its site as {@code location}. When a ticket is
 * created for the circuit, its service type becomes one of the ticket's {@code impactedServices}, and every circuit
 * of one ticket must be at the same site.
 *
 * @param circuitId   the circuit id, an opaque string (Spectrum's ids come with and without double dots)
 * @param siteGuid    the site where the circuit terminates; must be a site of the same organization
 * @param serviceType the service the circuit carries, such as {@code Data-FIA}
 */
public record Circuit(String circuitId, String siteGuid, String serviceType) {

    /** Checks that the circuit has an id and a site. */
    public Circuit {
        Objects.requireNonNull(circuitId, "circuitId");
        Objects.requireNonNull(siteGuid, "siteGuid");
        serviceType = Objects.requireNonNullElse(serviceType, "Data-FIA");
    }
}
