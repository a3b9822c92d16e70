package dev.ticketbridge.spectrum.simulator;

/**
 * The two ticket statuses that Spectrum shows its API clients. They simplify the provider's internal states:
 * {@code Closed} covers both resolved and closed tickets.
 */
public enum TicketStatus {

    /** New or being worked on; notes and attachments are accepted. */
    IN_PROGRESS("In Progress"),

    /** Resolved or closed; notes and attachments answer 400 "Ticket is not in editable state". */
    CLOSED("Closed");

    private final String value;

    TicketStatus(String value) {
        this.value = value;
    }

    /**
     * The status as it appears on the wire.
     *
     * @return {@code In Progress} or {@code Closed}
     */
    public String value() {
        return value;
    }

    /**
     * Finds the status for its wire value, ignoring case.
     *
     * @param value {@code In Progress} or {@code Closed}
     * @return the status
     * @throws IllegalArgumentException for any other value
     */
    public static TicketStatus fromValue(String value) {
        for (TicketStatus status : values()) {
            if (status.value.equalsIgnoreCase(value)) {
                return status;
            }
        }
        throw new IllegalArgumentException("Unknown ticket status '" + value + "': expected In Progress or Closed");
    }
}
