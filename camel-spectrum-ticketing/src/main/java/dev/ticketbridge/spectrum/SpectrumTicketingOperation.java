package dev.ticketbridge.spectrum;

/**
 * The operations of the {@code spectrum-ticketing} endpoint, one per call of the provider's document, plus the
 * consumer of changed tickets.
 */
public enum SpectrumTicketingOperation {

    /** GET /tickets: the tickets matching the status and date filters, as a list. */
    getTickets,

    /** GET /tickets/{ticket_id}: one ticket with its notes, by id or ECT number. */
    getTicket,

    /** GET /sites: the organization's sites, as a list. */
    getSites,

    /** GET /circuits: the organization's circuits, as a list. */
    getCircuits,

    /** GET /circuits/{circuit_id}: one circuit. */
    getCircuit,

    /** POST /tickets: opens a ticket. */
    createTicket,

    /** POST /tickets/{ticket_id}/attachments: attaches one file to a ticket. */
    addAttachment,

    /** POST /tickets/{ticket_id}/notes: adds a note, or requests closure. */
    addNote,

    /** Consumer only: polls for new and changed tickets. */
    updatedTickets;

    /** True for the operations a producer can call. */
    public boolean isProducerOperation() {
        return this != updatedTickets;
    }
}
