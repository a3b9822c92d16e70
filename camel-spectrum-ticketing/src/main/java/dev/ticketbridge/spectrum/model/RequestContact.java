package dev.ticketbridge.spectrum.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A contact on a new ticket. Type, first and last name, phone number and email are required.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
        "type", "firstName", "lastName", "phoneNumber", "email",
        "availableStartTime", "availableEndTime", "unavailableDays" })
public class RequestContact {

    private String type;
    private String firstName;
    private String lastName;
    private String phoneNumber;
    private String email;
    private String availableStartTime;
    private String availableEndTime;
    private String unavailableDays;

    /** Starts a request; {@link Builder#build()} does not validate, the client does before sending. */
    public static Builder builder() {
        return new Builder();
    }

    /** {@code Site} or {@code Technical}. */
    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
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

    /** From what time of day the contact is available (free text). */
    public String getAvailableStartTime() {
        return availableStartTime;
    }

    public void setAvailableStartTime(String availableStartTime) {
        this.availableStartTime = availableStartTime;
    }

    /** Until what time of day the contact is available (free text). */
    public String getAvailableEndTime() {
        return availableEndTime;
    }

    public void setAvailableEndTime(String availableEndTime) {
        this.availableEndTime = availableEndTime;
    }

    /** Days the contact is not available (free text). */
    public String getUnavailableDays() {
        return unavailableDays;
    }

    public void setUnavailableDays(String unavailableDays) {
        this.unavailableDays = unavailableDays;
    }

    @Override
    public String toString() {
        return "RequestContact[type=" + type + "]";
    }

    /** Builds a {@link RequestContact} field by field. */
    public static final class Builder {

        private final RequestContact request = new RequestContact();

        private Builder() {
        }

        public Builder type(String value) {
            request.type = value;
            return this;
        }

        public Builder firstName(String value) {
            request.firstName = value;
            return this;
        }

        public Builder lastName(String value) {
            request.lastName = value;
            return this;
        }

        public Builder phoneNumber(String value) {
            request.phoneNumber = value;
            return this;
        }

        public Builder email(String value) {
            request.email = value;
            return this;
        }

        public Builder availableStartTime(String value) {
            request.availableStartTime = value;
            return this;
        }

        public Builder availableEndTime(String value) {
            request.availableEndTime = value;
            return this;
        }

        public Builder unavailableDays(String value) {
            request.unavailableDays = value;
            return this;
        }

        public Builder type(ContactType value) {
            request.type = value == null ? null : value.value();
            return this;
        }

        public RequestContact build() {
            return request;
        }
    }
}
