package dev.ticketbridge.spectrum.model;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The body of POST /tickets: a new trouble ticket.
 *
 * <p>It names the service location by {@code siteGuid} or by 1 to 5 {@code circuits} at one site, and needs a
 * submitter, a description, the id of the ticket in the customer's own system, a business impact and at least one
 * contact of type {@code Site}. The optional booleans are sent only when set: the provider reads an omitted value as
 * "could not be verified". Rules are checked by {@link dev.ticketbridge.spectrum.client.RequestValidator} before the
 * request leaves.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({
        "siteGuid", "circuits", "submitterId", "alarm", "issueDescription",
        "issueStartDate", "issueStartTime", "customerTicketId", "businessImpact", "buildingPower",
        "equipmentPower", "troubleShootingStepsTaken", "contacts", "siteAccessStartTime", "siteAccessEndTime",
        "additionalInfo" })
public class CreateTicketRequest {

    private String siteGuid;
    private List<String> circuits;
    private String submitterId;
    private Boolean alarm;
    private String issueDescription;
    private String issueStartDate;
    private String issueStartTime;
    private String customerTicketId;
    private String businessImpact;
    private Boolean buildingPower;
    private Boolean equipmentPower;
    private String troubleShootingStepsTaken;
    private List<RequestContact> contacts;
    private String siteAccessStartTime;
    private String siteAccessEndTime;
    private String additionalInfo;

    /** Starts a request; {@link Builder#build()} does not validate, the client does before sending. */
    public static Builder builder() {
        return new Builder();
    }

    /** Site (service location) of the issue; required when no circuit is given. */
    public String getSiteGuid() {
        return siteGuid;
    }

    public void setSiteGuid(String siteGuid) {
        this.siteGuid = siteGuid;
    }

    /** Circuit ids affected, 1 to 5, all at the same site; required when no siteGuid is given. */
    public List<String> getCircuits() {
        return circuits;
    }

    public void setCircuits(List<String> circuits) {
        this.circuits = circuits;
    }

    /** User id of the submitter, usually an email address, or a default such as an alarm account. */
    public String getSubmitterId() {
        return submitterId;
    }

    public void setSubmitterId(String submitterId) {
        this.submitterId = submitterId;
    }

    /** True when an automatic network alarm raised the ticket. */
    public Boolean getAlarm() {
        return alarm;
    }

    public void setAlarm(Boolean alarm) {
        this.alarm = alarm;
    }

    /** What is wrong; required. */
    public String getIssueDescription() {
        return issueDescription;
    }

    public void setIssueDescription(String issueDescription) {
        this.issueDescription = issueDescription;
    }

    /** When the issue was first noticed (free text, informational). */
    public String getIssueStartDate() {
        return issueStartDate;
    }

    public void setIssueStartDate(String issueStartDate) {
        this.issueStartDate = issueStartDate;
    }

    /** Time of day the issue was first noticed (free text, informational). */
    public String getIssueStartTime() {
        return issueStartTime;
    }

    public void setIssueStartTime(String issueStartTime) {
        this.issueStartTime = issueStartTime;
    }

    /** Id of the ticket in the customer's own system; it comes back as customerTicketNumber. */
    public String getCustomerTicketId() {
        return customerTicketId;
    }

    public void setCustomerTicketId(String customerTicketId) {
        this.customerTicketId = customerTicketId;
    }

    /** {@code Outage}, {@code Impairment} or {@code Information}; required. */
    public String getBusinessImpact() {
        return businessImpact;
    }

    public void setBusinessImpact(String businessImpact) {
        this.businessImpact = businessImpact;
    }

    /** True: the building has power; false: power is out; null: could not be verified. */
    public Boolean getBuildingPower() {
        return buildingPower;
    }

    public void setBuildingPower(Boolean buildingPower) {
        this.buildingPower = buildingPower;
    }

    /** True: Spectrum's equipment has power; false: it has none; null: could not be verified. */
    public Boolean getEquipmentPower() {
        return equipmentPower;
    }

    public void setEquipmentPower(Boolean equipmentPower) {
        this.equipmentPower = equipmentPower;
    }

    /** What was tried already. */
    public String getTroubleShootingStepsTaken() {
        return troubleShootingStepsTaken;
    }

    public void setTroubleShootingStepsTaken(String troubleShootingStepsTaken) {
        this.troubleShootingStepsTaken = troubleShootingStepsTaken;
    }

    /** Who to contact; at least one of type {@code Site}. */
    public List<RequestContact> getContacts() {
        return contacts;
    }

    public void setContacts(List<RequestContact> contacts) {
        this.contacts = contacts;
    }

    /** From when the site can be accessed, {@code HH:MM} 24-hour. */
    public String getSiteAccessStartTime() {
        return siteAccessStartTime;
    }

    public void setSiteAccessStartTime(String siteAccessStartTime) {
        this.siteAccessStartTime = siteAccessStartTime;
    }

    /** Until when the site can be accessed, {@code HH:MM} 24-hour. */
    public String getSiteAccessEndTime() {
        return siteAccessEndTime;
    }

    public void setSiteAccessEndTime(String siteAccessEndTime) {
        this.siteAccessEndTime = siteAccessEndTime;
    }

    /** Anything else, such as site access rules. */
    public String getAdditionalInfo() {
        return additionalInfo;
    }

    public void setAdditionalInfo(String additionalInfo) {
        this.additionalInfo = additionalInfo;
    }

    @Override
    public String toString() {
        return "CreateTicketRequest[customerTicketId=" + customerTicketId + ", siteGuid=" + siteGuid
               + ", circuits=" + circuits + ", businessImpact=" + businessImpact + "]";
    }

    /** Builds a {@link CreateTicketRequest} field by field. */
    public static final class Builder {

        private final CreateTicketRequest request = new CreateTicketRequest();

        private Builder() {
        }

        public Builder siteGuid(String value) {
            request.siteGuid = value;
            return this;
        }

        public Builder circuits(String... values) {
            request.circuits = new ArrayList<>(List.of(values));
            return this;
        }

        public Builder circuits(List<String> values) {
            request.circuits = values == null ? null : new ArrayList<>(values);
            return this;
        }

        public Builder submitterId(String value) {
            request.submitterId = value;
            return this;
        }

        public Builder alarm(Boolean value) {
            request.alarm = value;
            return this;
        }

        public Builder issueDescription(String value) {
            request.issueDescription = value;
            return this;
        }

        public Builder issueStartDate(String value) {
            request.issueStartDate = value;
            return this;
        }

        public Builder issueStartTime(String value) {
            request.issueStartTime = value;
            return this;
        }

        public Builder customerTicketId(String value) {
            request.customerTicketId = value;
            return this;
        }

        public Builder businessImpact(String value) {
            request.businessImpact = value;
            return this;
        }

        public Builder buildingPower(Boolean value) {
            request.buildingPower = value;
            return this;
        }

        public Builder equipmentPower(Boolean value) {
            request.equipmentPower = value;
            return this;
        }

        public Builder troubleShootingStepsTaken(String value) {
            request.troubleShootingStepsTaken = value;
            return this;
        }

        public Builder contacts(RequestContact... values) {
            request.contacts = new ArrayList<>(List.of(values));
            return this;
        }

        public Builder contacts(List<RequestContact> values) {
            request.contacts = values == null ? null : new ArrayList<>(values);
            return this;
        }

        public Builder siteAccessStartTime(String value) {
            request.siteAccessStartTime = value;
            return this;
        }

        public Builder siteAccessEndTime(String value) {
            request.siteAccessEndTime = value;
            return this;
        }

        public Builder additionalInfo(String value) {
            request.additionalInfo = value;
            return this;
        }

        public Builder businessImpact(BusinessImpact value) {
            request.businessImpact = value == null ? null : value.value();
            return this;
        }

        public Builder contact(RequestContact contact) {
            if (request.contacts == null) {
                request.contacts = new ArrayList<>();
            }
            request.contacts.add(contact);
            return this;
        }

        public CreateTicketRequest build() {
            return request;
        }
    }
}
