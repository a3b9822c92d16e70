package dev.ticketbridge.spectrum.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * A Spectrum trouble ticket (type {@code ECT}) as GET /tickets and GET /tickets/{ticket_id} return it.
 *
 * <p>Dates come twice: epoch seconds ({@link #getDateUpdated()}) and a readable twin ({@link #getDateUpdatedYMD()}).
 * The epoch value is the truth; {@link #updatedAt()} and its siblings fall back on the twin when it is missing or 0.
 * {@link #getNotes()} and {@link #getCustomerActionMinuteDetails()} are only filled by the single-ticket lookup and
 * are {@code null} in lists. {@code status}, {@code businessImpact} and {@code ticketReportSource} are plain strings
 * because the provider may add values; {@link TicketStatus} and {@link BusinessImpact} name the known ones.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
        "id", "spectrumTicketNumber", "customerTicketNumber", "billingAccountNumber", "status", "ticketReportSource",
        "needsClientAttention", "businessImpact", "impactedServices", "impactedCircuits", "siteGuid", "siteAddress",
        "siteContacts", "contacts", "ticketType", "ticketSubType", "assignedAction", "dateCreated", "dateCreatedYMD",
        "dateUpdated", "dateUpdatedYMD", "dateResolved", "dateResolvedYMD", "dateClosed", "dateClosedYMD",
        "resolutionCode", "resolutionMessage", "customerActionMinuteDetails", "notes" })
public class Ticket extends ExtensibleObject {

    private String id;
    private String spectrumTicketNumber;
    private String customerTicketNumber;
    private String billingAccountNumber;
    private String status;
    private String ticketReportSource;
    private Boolean needsClientAttention;
    private String businessImpact;
    private List<String> impactedServices = new ArrayList<>();
    private List<String> impactedCircuits = new ArrayList<>();
    private String siteGuid;
    private SiteAddress siteAddress;
    private List<String> siteContacts = new ArrayList<>();
    private List<TicketContact> contacts = new ArrayList<>();
    private String ticketType;
    private String ticketSubType;
    private String assignedAction;
    private Long dateCreated;
    private Instant dateCreatedYMD;
    private Long dateUpdated;
    private Instant dateUpdatedYMD;
    private Long dateResolved;
    private Instant dateResolvedYMD;
    private Long dateClosed;
    private Instant dateClosedYMD;
    private String resolutionCode;
    private String resolutionMessage;
    private List<CustomerActionMinuteDetail> customerActionMinuteDetails;
    private List<TicketNote> notes;

    /** When the ticket was opened, from the epoch field or else its readable twin; {@code null} when neither is set. */
    public Instant createdAt() {
        return instant(dateCreated, dateCreatedYMD);
    }

    /** When the ticket last changed at Spectrum, to the second; {@code null} when the provider sent no date. */
    public Instant updatedAt() {
        return instant(dateUpdated, dateUpdatedYMD);
    }

    /** When the ticket was resolved; {@code null} while it is not. */
    public Instant resolvedAt() {
        return instant(dateResolved, dateResolvedYMD);
    }

    /** When the ticket was closed; {@code null} while it is not. */
    public Instant closedAt() {
        return instant(dateClosed, dateClosedYMD);
    }

    /** True when the provider reports the ticket {@code Closed}. */
    public boolean isClosed() {
        return TicketStatus.CLOSED.value().equalsIgnoreCase(status);
    }

    private static Instant instant(Long epochSeconds, Instant readable) {
        if (epochSeconds != null && epochSeconds > 0) {
            return Instant.ofEpochSecond(epochSeconds);
        }
        return readable;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getSpectrumTicketNumber() {
        return spectrumTicketNumber;
    }

    public void setSpectrumTicketNumber(String spectrumTicketNumber) {
        this.spectrumTicketNumber = spectrumTicketNumber;
    }

    public String getCustomerTicketNumber() {
        return customerTicketNumber;
    }

    public void setCustomerTicketNumber(String customerTicketNumber) {
        this.customerTicketNumber = customerTicketNumber;
    }

    public String getBillingAccountNumber() {
        return billingAccountNumber;
    }

    public void setBillingAccountNumber(String billingAccountNumber) {
        this.billingAccountNumber = billingAccountNumber;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getTicketReportSource() {
        return ticketReportSource;
    }

    public void setTicketReportSource(String ticketReportSource) {
        this.ticketReportSource = ticketReportSource;
    }

    public Boolean getNeedsClientAttention() {
        return needsClientAttention;
    }

    public void setNeedsClientAttention(Boolean needsClientAttention) {
        this.needsClientAttention = needsClientAttention;
    }

    public String getBusinessImpact() {
        return businessImpact;
    }

    public void setBusinessImpact(String businessImpact) {
        this.businessImpact = businessImpact;
    }

    public List<String> getImpactedServices() {
        return impactedServices;
    }

    public void setImpactedServices(List<String> impactedServices) {
        this.impactedServices = impactedServices;
    }

    public List<String> getImpactedCircuits() {
        return impactedCircuits;
    }

    public void setImpactedCircuits(List<String> impactedCircuits) {
        this.impactedCircuits = impactedCircuits;
    }

    public String getSiteGuid() {
        return siteGuid;
    }

    public void setSiteGuid(String siteGuid) {
        this.siteGuid = siteGuid;
    }

    public SiteAddress getSiteAddress() {
        return siteAddress;
    }

    public void setSiteAddress(SiteAddress siteAddress) {
        this.siteAddress = siteAddress;
    }

    public List<String> getSiteContacts() {
        return siteContacts;
    }

    public void setSiteContacts(List<String> siteContacts) {
        this.siteContacts = siteContacts;
    }

    public List<TicketContact> getContacts() {
        return contacts;
    }

    public void setContacts(List<TicketContact> contacts) {
        this.contacts = contacts;
    }

    public String getTicketType() {
        return ticketType;
    }

    public void setTicketType(String ticketType) {
        this.ticketType = ticketType;
    }

    public String getTicketSubType() {
        return ticketSubType;
    }

    public void setTicketSubType(String ticketSubType) {
        this.ticketSubType = ticketSubType;
    }

    public String getAssignedAction() {
        return assignedAction;
    }

    public void setAssignedAction(String assignedAction) {
        this.assignedAction = assignedAction;
    }

    public Long getDateCreated() {
        return dateCreated;
    }

    public void setDateCreated(Long dateCreated) {
        this.dateCreated = dateCreated;
    }

    @JsonSerialize(using = ReadableDates.Serializer.class)
    public Instant getDateCreatedYMD() {
        return dateCreatedYMD;
    }

    @JsonDeserialize(using = ReadableDates.Deserializer.class)
    public void setDateCreatedYMD(Instant dateCreatedYMD) {
        this.dateCreatedYMD = dateCreatedYMD;
    }

    public Long getDateUpdated() {
        return dateUpdated;
    }

    public void setDateUpdated(Long dateUpdated) {
        this.dateUpdated = dateUpdated;
    }

    @JsonSerialize(using = ReadableDates.Serializer.class)
    public Instant getDateUpdatedYMD() {
        return dateUpdatedYMD;
    }

    @JsonDeserialize(using = ReadableDates.Deserializer.class)
    public void setDateUpdatedYMD(Instant dateUpdatedYMD) {
        this.dateUpdatedYMD = dateUpdatedYMD;
    }

    public Long getDateResolved() {
        return dateResolved;
    }

    public void setDateResolved(Long dateResolved) {
        this.dateResolved = dateResolved;
    }

    @JsonSerialize(using = ReadableDates.Serializer.class)
    public Instant getDateResolvedYMD() {
        return dateResolvedYMD;
    }

    @JsonDeserialize(using = ReadableDates.Deserializer.class)
    public void setDateResolvedYMD(Instant dateResolvedYMD) {
        this.dateResolvedYMD = dateResolvedYMD;
    }

    public Long getDateClosed() {
        return dateClosed;
    }

    public void setDateClosed(Long dateClosed) {
        this.dateClosed = dateClosed;
    }

    @JsonSerialize(using = ReadableDates.Serializer.class)
    public Instant getDateClosedYMD() {
        return dateClosedYMD;
    }

    @JsonDeserialize(using = ReadableDates.Deserializer.class)
    public void setDateClosedYMD(Instant dateClosedYMD) {
        this.dateClosedYMD = dateClosedYMD;
    }

    public String getResolutionCode() {
        return resolutionCode;
    }

    public void setResolutionCode(String resolutionCode) {
        this.resolutionCode = resolutionCode;
    }

    public String getResolutionMessage() {
        return resolutionMessage;
    }

    public void setResolutionMessage(String resolutionMessage) {
        this.resolutionMessage = resolutionMessage;
    }

    /** The periods the ticket waited on the customer; only the single-ticket lookup fills it. */
    public List<CustomerActionMinuteDetail> getCustomerActionMinuteDetails() {
        return customerActionMinuteDetails;
    }

    public void setCustomerActionMinuteDetails(List<CustomerActionMinuteDetail> customerActionMinuteDetails) {
        this.customerActionMinuteDetails = customerActionMinuteDetails;
    }

    /** Spectrum's work notes on the ticket; only the single-ticket lookup fills it. */
    public List<TicketNote> getNotes() {
        return notes;
    }

    public void setNotes(List<TicketNote> notes) {
        this.notes = notes;
    }

    @Override
    public String toString() {
        return "Ticket[id=" + id + ", spectrumTicketNumber=" + spectrumTicketNumber + ", status=" + status
               + ", dateUpdated=" + dateUpdated + "]";
    }
}
