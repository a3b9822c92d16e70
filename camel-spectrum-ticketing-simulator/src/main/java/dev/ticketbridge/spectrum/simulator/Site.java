package dev.ticketbridge.spectrum.simulator;

import java.util.Objects;

/**
 * A ticketing site (service location) of an organization, as {@code GET /sites} lists it.
 *
 * <p>Tickets created at the site copy its address into {@code siteAddress} and its billing account number into
 * {@code billingAccountNumber}. Latitude and longitude are strings because Spectrum sends them as strings.
 *
 * @param siteGuid             the site's id, the one to give when creating a ticket
 * @param addressLine1         street address
 * @param addressLine2         unit or suite, empty when there is none
 * @param city                 city
 * @param state                two-letter state
 * @param zipCode              five-digit zip code
 * @param latitude             latitude, as Spectrum sends it
 * @param longitude            longitude, as Spectrum sends it
 * @param billingAccountNumber the billing account shown on tickets for this site; may be empty
 */
public record Site(String siteGuid, String addressLine1, String addressLine2, String city, String state,
                   String zipCode, String latitude, String longitude, String billingAccountNumber) {

    /** Checks that the site has an id and turns absent optional strings into empty ones. */
    public Site {
        Objects.requireNonNull(siteGuid, "siteGuid");
        addressLine1 = Objects.requireNonNullElse(addressLine1, "");
        addressLine2 = Objects.requireNonNullElse(addressLine2, "");
        city = Objects.requireNonNullElse(city, "");
        state = Objects.requireNonNullElse(state, "");
        zipCode = Objects.requireNonNullElse(zipCode, "");
        latitude = Objects.requireNonNullElse(latitude, "");
        longitude = Objects.requireNonNullElse(longitude, "");
        billingAccountNumber = Objects.requireNonNullElse(billingAccountNumber, "");
    }

    /**
     * Creates a site with only an id and an address; coordinates and billing account are left empty.
     *
     * @param siteGuid     the site's id
     * @param addressLine1 street address
     * @param city         city
     * @param state        state
     * @param zipCode      zip code
     * @return the site
     */
    public static Site of(String siteGuid, String addressLine1, String city, String state, String zipCode) {
        return new Site(siteGuid, addressLine1, "", city, state, zipCode, "", "", "");
    }
}
