package dev.ticketbridge.spectrum.simulator;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A ticket held by the simulator, as an immutable snapshot.
 *
 * <p>Use the {@link #builder() builder} to seed a ticket; fields left unset get the values a new ticket would have
 * (a random {@code id}, the next {@code ECT-} number, status {@code In Progress}, created and updated "now"). Every
 * change the simulator makes (a note, an attachment, a support desk action) replaces the stored snapshot with a new
 * one whose {@code dateUpdated} is the simulator's current time, truncated to the second. Snapshots returned to a
 * test never change afterwards; ask the simulator again to see later changes.
 */
public final class SimulatedTicket {

    private final String id;
    private final String spectrumTicketNumber;
    private final String customerTicketNumber;
    private final String billingAccountNumber;
    private final TicketStatus status;
    private final String ticketReportSource;
    private final boolean needsClientAttention;
    private final String businessImpact;
    private final List<String> impactedServices;
    private final List<String> impactedCircuits;
    private final String siteGuid;
    private final List<Contact> contacts;
    private final String ticketSubType;
    private final String assignedAction;
    private final Instant dateCreated;
    private final Instant dateUpdated;
    private final Instant dateResolved;
    private final Instant dateClosed;
    private final String resolutionCode;
    private final String resolutionMessage;
    private final ReadableDateStyle readableDateStyle;
    private final List<TicketNote> notes;
    private final List<CustomerActionPeriod> customerActionPeriods;
    private final List<TicketAttachment> attachments;
    private final boolean closureRequested;

    private SimulatedTicket(Builder b) {
        this.id = b.id;
        this.spectrumTicketNumber = b.spectrumTicketNumber;
        this.customerTicketNumber = Objects.requireNonNullElse(b.customerTicketNumber, "");
        this.billingAccountNumber = Objects.requireNonNullElse(b.billingAccountNumber, "");
        this.status = Objects.requireNonNull(b.status, "status");
        this.ticketReportSource = Objects.requireNonNullElse(b.ticketReportSource, "SE.NET");
        this.needsClientAttention = b.needsClientAttention;
        this.businessImpact = Objects.requireNonNullElse(b.businessImpact, "Outage");
        this.impactedServices = List.copyOf(b.impactedServices);
        this.impactedCircuits = List.copyOf(b.impactedCircuits);
        this.siteGuid = Objects.requireNonNullElse(b.siteGuid, "");
        this.contacts = List.copyOf(b.contacts);
        this.ticketSubType = Objects.requireNonNullElse(b.ticketSubType, "No Connectivity");
        this.assignedAction = Objects.requireNonNullElse(b.assignedAction, "");
        this.dateCreated = seconds(b.dateCreated);
        this.dateUpdated = seconds(b.dateUpdated);
        this.dateResolved = seconds(b.dateResolved);
        this.dateClosed = seconds(b.dateClosed);
        this.resolutionCode = Objects.requireNonNullElse(b.resolutionCode, "");
        this.resolutionMessage = Objects.requireNonNullElse(b.resolutionMessage, "");
        this.readableDateStyle = Objects.requireNonNullElse(b.readableDateStyle, ReadableDateStyle.OFFSET);
        this.notes = List.copyOf(b.notes);
        this.customerActionPeriods = List.copyOf(b.customerActionPeriods);
        this.attachments = List.copyOf(b.attachments);
        this.closureRequested = b.closureRequested;
    }

    private static Instant seconds(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * Starts a ticket with the defaults of a new, open ticket.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding every value of this ticket, to derive a changed copy.
     *
     * @return a builder initialised from this ticket
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.spectrumTicketNumber = spectrumTicketNumber;
        b.customerTicketNumber = customerTicketNumber;
        b.billingAccountNumber = billingAccountNumber;
        b.status = status;
        b.ticketReportSource = ticketReportSource;
        b.needsClientAttention = needsClientAttention;
        b.businessImpact = businessImpact;
        b.impactedServices = new ArrayList<>(impactedServices);
        b.impactedCircuits = new ArrayList<>(impactedCircuits);
        b.siteGuid = siteGuid;
        b.contacts = new ArrayList<>(contacts);
        b.ticketSubType = ticketSubType;
        b.assignedAction = assignedAction;
        b.dateCreated = dateCreated;
        b.dateUpdated = dateUpdated;
        b.dateResolved = dateResolved;
        b.dateClosed = dateClosed;
        b.resolutionCode = resolutionCode;
        b.resolutionMessage = resolutionMessage;
        b.readableDateStyle = readableDateStyle;
        b.notes = new ArrayList<>(notes);
        b.customerActionPeriods = new ArrayList<>(customerActionPeriods);
        b.attachments = new ArrayList<>(attachments);
        b.closureRequested = closureRequested;
        return b;
    }

    /** @return the ticket id (30 upper-case letters and digits for generated tickets) */
    public String id() {
        return id;
    }

    /** @return the {@code ECT-} number */
    public String spectrumTicketNumber() {
        return spectrumTicketNumber;
    }

    /** @return the customer's own ticket id given at creation, or empty */
    public String customerTicketNumber() {
        return customerTicketNumber;
    }

    /** @return the billing account number, or empty */
    public String billingAccountNumber() {
        return billingAccountNumber;
    }

    /** @return the status */
    public TicketStatus status() {
        return status;
    }

    /** @return how the issue was reported, such as {@code B2B-API} */
    public String ticketReportSource() {
        return ticketReportSource;
    }

    /** @return whether the support desk waits on the customer */
    public boolean needsClientAttention() {
        return needsClientAttention;
    }

    /** @return {@code Outage}, {@code Impairment}, {@code Failover} or {@code Information} */
    public String businessImpact() {
        return businessImpact;
    }

    /** @return the impacted services */
    public List<String> impactedServices() {
        return impactedServices;
    }

    /** @return the impacted circuit ids */
    public List<String> impactedCircuits() {
        return impactedCircuits;
    }

    /** @return the site id, or empty */
    public String siteGuid() {
        return siteGuid;
    }

    /** @return the contacts */
    public List<Contact> contacts() {
        return contacts;
    }

    /** @return the sub type, such as {@code No Connectivity} */
    public String ticketSubType() {
        return ticketSubType;
    }

    /** @return the action the support desk is waiting for, or empty */
    public String assignedAction() {
        return assignedAction;
    }

    /** @return when the ticket was created */
    public Instant dateCreated() {
        return dateCreated;
    }

    /** @return when the ticket last changed, to the second */
    public Instant dateUpdated() {
        return dateUpdated;
    }

    /** @return when it was resolved, or {@code null} */
    public Instant dateResolved() {
        return dateResolved;
    }

    /** @return when it was closed, or {@code null} */
    public Instant dateClosed() {
        return dateClosed;
    }

    /** @return the resolution code, or empty */
    public String resolutionCode() {
        return resolutionCode;
    }

    /** @return the resolution message, or empty */
    public String resolutionMessage() {
        return resolutionMessage;
    }

    /** @return the form of this ticket's readable dates */
    public ReadableDateStyle readableDateStyle() {
        return readableDateStyle;
    }

    /** @return the notes, oldest first */
    public List<TicketNote> notes() {
        return notes;
    }

    /** @return the periods of waiting on the customer, oldest first */
    public List<CustomerActionPeriod> customerActionPeriods() {
        return customerActionPeriods;
    }

    /** @return the attachments received, oldest first */
    public List<TicketAttachment> attachments() {
        return attachments;
    }

    /** @return whether a customer asked for closure with a {@code Customer-Closure} note */
    public boolean closureRequested() {
        return closureRequested;
    }

    @Override
    public String toString() {
        return "SimulatedTicket[" + id + ", " + spectrumTicketNumber + ", " + status.value() + "]";
    }

    /** Builds a {@link SimulatedTicket}; every setter returns the builder. */
    public static final class Builder {

        private String id;
        private String spectrumTicketNumber;
        private String customerTicketNumber;
        private String billingAccountNumber;
        private TicketStatus status = TicketStatus.IN_PROGRESS;
        private String ticketReportSource;
        private boolean needsClientAttention;
        private String businessImpact;
        private List<String> impactedServices = new ArrayList<>();
        private List<String> impactedCircuits = new ArrayList<>();
        private String siteGuid;
        private List<Contact> contacts = new ArrayList<>();
        private String ticketSubType;
        private String assignedAction;
        private Instant dateCreated;
        private Instant dateUpdated;
        private Instant dateResolved;
        private Instant dateClosed;
        private String resolutionCode;
        private String resolutionMessage;
        private ReadableDateStyle readableDateStyle;
        private List<TicketNote> notes = new ArrayList<>();
        private List<CustomerActionPeriod> customerActionPeriods = new ArrayList<>();
        private List<TicketAttachment> attachments = new ArrayList<>();
        private boolean closureRequested;

        private Builder() {
        }

        /** @param id the ticket id; a random one is made when left unset */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** @param number the {@code ECT-} number; the next free one is used when left unset */
        public Builder spectrumTicketNumber(String number) {
            this.spectrumTicketNumber = number;
            return this;
        }

        /** @param number the customer's own ticket id */
        public Builder customerTicketNumber(String number) {
            this.customerTicketNumber = number;
            return this;
        }

        /** @param number the billing account; the site's is used when left unset */
        public Builder billingAccountNumber(String number) {
            this.billingAccountNumber = number;
            return this;
        }

        /** @param status the status; {@code In Progress} by default */
        public Builder status(TicketStatus status) {
            this.status = status;
            return this;
        }

        /** @param source how the issue was reported; {@code SE.NET} by default */
        public Builder ticketReportSource(String source) {
            this.ticketReportSource = source;
            return this;
        }

        /** @param needs whether the support desk waits on the customer */
        public Builder needsClientAttention(boolean needs) {
            this.needsClientAttention = needs;
            return this;
        }

        /** @param impact {@code Outage} (the default), {@code Impairment}, {@code Failover} or {@code Information} */
        public Builder businessImpact(String impact) {
            this.businessImpact = impact;
            return this;
        }

        /** @param services the impacted services */
        public Builder impactedServices(List<String> services) {
            this.impactedServices = new ArrayList<>(services);
            return this;
        }

        /** @param circuits the impacted circuit ids */
        public Builder impactedCircuits(List<String> circuits) {
            this.impactedCircuits = new ArrayList<>(circuits);
            return this;
        }

        /** @param siteGuid the site; its address is shown as {@code siteAddress} when the site is known */
        public Builder siteGuid(String siteGuid) {
            this.siteGuid = siteGuid;
            return this;
        }

        /** @param contacts the contacts */
        public Builder contacts(List<Contact> contacts) {
            this.contacts = new ArrayList<>(contacts);
            return this;
        }

        /** @param subType the sub type; {@code No Connectivity} by default */
        public Builder ticketSubType(String subType) {
            this.ticketSubType = subType;
            return this;
        }

        /** @param action the action the support desk waits for */
        public Builder assignedAction(String action) {
            this.assignedAction = action;
            return this;
        }

        /** @param date creation date; the simulator's "now" when left unset */
        public Builder dateCreated(Instant date) {
            this.dateCreated = date;
            return this;
        }

        /** @param date last update; the creation date when left unset */
        public Builder dateUpdated(Instant date) {
            this.dateUpdated = date;
            return this;
        }

        /** @param date resolution date, or {@code null} */
        public Builder dateResolved(Instant date) {
            this.dateResolved = date;
            return this;
        }

        /** @param date closing date, or {@code null} */
        public Builder dateClosed(Instant date) {
            this.dateClosed = date;
            return this;
        }

        /** @param code the resolution code */
        public Builder resolutionCode(String code) {
            this.resolutionCode = code;
            return this;
        }

        /** @param message the resolution message */
        public Builder resolutionMessage(String message) {
            this.resolutionMessage = message;
            return this;
        }

        /** @param style the form of the readable dates; {@link ReadableDateStyle#OFFSET} by default */
        public Builder readableDateStyle(ReadableDateStyle style) {
            this.readableDateStyle = style;
            return this;
        }

        /** @param notes the notes, oldest first */
        public Builder notes(List<TicketNote> notes) {
            this.notes = new ArrayList<>(notes);
            return this;
        }

        /** @param note a note to append */
        public Builder addNote(TicketNote note) {
            this.notes.add(note);
            return this;
        }

        /** @param periods the periods of waiting on the customer, oldest first */
        public Builder customerActionPeriods(List<CustomerActionPeriod> periods) {
            this.customerActionPeriods = new ArrayList<>(periods);
            return this;
        }

        /** @param attachment an attachment to append */
        public Builder addAttachment(TicketAttachment attachment) {
            this.attachments.add(attachment);
            return this;
        }

        /** @param requested whether the customer asked for closure */
        public Builder closureRequested(boolean requested) {
            this.closureRequested = requested;
            return this;
        }

        Instant dateCreated() {
            return dateCreated;
        }

        Instant dateUpdated() {
            return dateUpdated;
        }

        String id() {
            return id;
        }

        String spectrumTicketNumber() {
            return spectrumTicketNumber;
        }

        String billingAccountNumber() {
            return billingAccountNumber;
        }

        String siteGuid() {
            return siteGuid;
        }

        List<CustomerActionPeriod> customerActionPeriods() {
            return customerActionPeriods;
        }

        boolean closureRequested() {
            return closureRequested;
        }

        TicketStatus status() {
            return status;
        }

        Instant dateResolved() {
            return dateResolved;
        }

        String resolutionCode() {
            return resolutionCode;
        }

        /**
         * Builds the snapshot.
         *
         * @return the ticket
         * @throws NullPointerException when id, number or creation date are missing; the simulator fills those in
         *                              when it stores a seeded ticket
         */
        public SimulatedTicket build() {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(spectrumTicketNumber, "spectrumTicketNumber");
            Objects.requireNonNull(dateCreated, "dateCreated");
            if (dateUpdated == null) {
                dateUpdated = dateCreated;
            }
            return new SimulatedTicket(this);
        }
    }
}
