package dev.ticketbridge.spectrum.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A contact as the provider reports it on a ticket. The provider's {@code type} is free text on answers (it has been
 * seen as {@code SITE} and {@code Local Contact}); requests use {@link RequestContact} instead.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class TicketContact extends ExtensibleObject {

    private String name;
    private String type;
    private String phoneNumber;
    private String email;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getPhoneNumber() {
        return phoneNumber;
    }

    public void setPhoneNumber(String phoneNumber) {
        this.phoneNumber = phoneNumber;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
