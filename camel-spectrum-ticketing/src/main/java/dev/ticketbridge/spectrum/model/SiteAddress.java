package dev.ticketbridge.spectrum.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The address of a ticket's site. Its {@code id} is not the siteGuid: the provider says it will be removed, so
 * nothing here relies on it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class SiteAddress extends ExtensibleObject {

    private String id;
    private String addressLine1;
    private String city;
    private String state;
    private String zip5;
    private String latitude;
    private String longitude;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getAddressLine1() {
        return addressLine1;
    }

    public void setAddressLine1(String addressLine1) {
        this.addressLine1 = addressLine1;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getZip5() {
        return zip5;
    }

    public void setZip5(String zip5) {
        this.zip5 = zip5;
    }

    public String getLatitude() {
        return latitude;
    }

    public void setLatitude(String latitude) {
        this.latitude = latitude;
    }

    public String getLongitude() {
        return longitude;
    }

    public void setLongitude(String longitude) {
        this.longitude = longitude;
    }
}
