package dev.ticketbridge.spectrum.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A service location of the caller's organization, as GET /sites returns it. Its {@code siteGuid} is what a new
 * ticket names when it has no circuit.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Site extends ExtensibleObject {

    private String cxId;
    private String addressLine1;
    private String addressLine2;
    private String city;
    private String state;
    private String zipCode;
    private String siteGuid;

    public String getCxId() {
        return cxId;
    }

    public void setCxId(String cxId) {
        this.cxId = cxId;
    }

    public String getAddressLine1() {
        return addressLine1;
    }

    public void setAddressLine1(String addressLine1) {
        this.addressLine1 = addressLine1;
    }

    public String getAddressLine2() {
        return addressLine2;
    }

    public void setAddressLine2(String addressLine2) {
        this.addressLine2 = addressLine2;
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

    public String getZipCode() {
        return zipCode;
    }

    public void setZipCode(String zipCode) {
        this.zipCode = zipCode;
    }

    public String getSiteGuid() {
        return siteGuid;
    }

    public void setSiteGuid(String siteGuid) {
        this.siteGuid = siteGuid;
    }

    @Override
    public String toString() {
        return "Site[siteGuid=" + siteGuid + ", city=" + city + "]";
    }
}
