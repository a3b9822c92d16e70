package dev.ticketbridge.spectrum;

import org.apache.camel.spi.Metadata;

/**
 * The message headers the {@code spectrum-ticketing} component reads and writes. A header given on the message wins
 * over the endpoint option of the same meaning.
 */
public final class SpectrumTicketingConstants {

    @Metadata(description = "The operation to call, overriding the endpoint's; one of the producer operations.",
              javaType = "String")
    public static final String OPERATION = "CamelSpectrumTicketingOperation";

    @Metadata(description = "The ticket's id or its ECT number (spectrumTicketNumber), for getTicket, addNote and "
                            + "addAttachment; for the last two, an ECT number is looked up once to find the id the "
                            + "provider expects. Set by createTicket and by the consumer to the ticket's id.",
              javaType = "String")
    public static final String TICKET_ID = "CamelSpectrumTicketingTicketId";

    @Metadata(description = "The ECT number of the ticket, such as ECT-12345678. Set by createTicket and by the "
                            + "consumer.",
              javaType = "String")
    public static final String SPECTRUM_TICKET_NUMBER = "CamelSpectrumTicketingSpectrumTicketNumber";

    @Metadata(description = "The circuit id for getCircuit.", javaType = "String")
    public static final String CIRCUIT_ID = "CamelSpectrumTicketingCircuitId";

    @Metadata(description = "The submitter (user id, usually an email address) for createTicket, addNote and "
                            + "addAttachment, when the body does not name one.",
              javaType = "String")
    public static final String SUBMITTER_ID = "CamelSpectrumTicketingSubmitterId";

    @Metadata(description = "The action of a note: Customer-Note, or Customer-Closure to request closure.",
              javaType = "String", enums = "Customer-Note,Customer-Closure")
    public static final String NOTE_ACTION = "CamelSpectrumTicketingNoteAction";

    @Metadata(description = "The file name of an attachment; its extension tells the provider the file type.",
              javaType = "String")
    public static final String FILE_NAME = "CamelSpectrumTicketingFileName";

    @Metadata(description = "The X_TXN_ID correlation id to send. When absent, a fresh UUID is sent; either way the "
                            + "header holds the id that was sent after the call, and errors name it.",
              javaType = "String")
    public static final String TRANSACTION_ID = "CamelSpectrumTicketingTransactionId";

    @Metadata(description = "getTickets: only tickets with this status.", javaType = "String",
              enums = "In Progress,Closed")
    public static final String STATUS = "CamelSpectrumTicketingStatus";

    @Metadata(description = "getTickets: only tickets opened at or after this time. An Instant, OffsetDateTime, "
                            + "ZonedDateTime, Date, epoch seconds or ISO-8601 text.",
              javaType = "java.time.Instant")
    public static final String OPEN_DATE_START = "CamelSpectrumTicketingOpenDateStart";

    @Metadata(description = "getTickets: only tickets opened at or before this time. Same types as OpenDateStart.",
              javaType = "java.time.Instant")
    public static final String OPEN_DATE_END = "CamelSpectrumTicketingOpenDateEnd";

    @Metadata(description = "getTickets: only tickets updated at or after this time. Same types as OpenDateStart.",
              javaType = "java.time.Instant")
    public static final String UPDATE_DATE_START = "CamelSpectrumTicketingUpdateDateStart";

    @Metadata(description = "getTickets: only tickets updated at or before this time. Same types as OpenDateStart.",
              javaType = "java.time.Instant")
    public static final String UPDATE_DATE_END = "CamelSpectrumTicketingUpdateDateEnd";

    @Metadata(description = "getTickets: only tickets resolved at or after this time. Same types as OpenDateStart.",
              javaType = "java.time.Instant")
    public static final String RESOLVED_DATE_START = "CamelSpectrumTicketingResolvedDateStart";

    @Metadata(description = "getTickets: only tickets resolved at or before this time. Same types as "
                            + "OpenDateStart.",
              javaType = "java.time.Instant")
    public static final String RESOLVED_DATE_END = "CamelSpectrumTicketingResolvedDateEnd";

    @Metadata(description = "getTickets: only tickets closed at or after this time. Same types as OpenDateStart.",
              javaType = "java.time.Instant")
    public static final String CLOSED_DATE_START = "CamelSpectrumTicketingClosedDateStart";

    @Metadata(description = "getTickets: only tickets closed at or before this time. Same types as OpenDateStart.",
              javaType = "java.time.Instant")
    public static final String CLOSED_DATE_END = "CamelSpectrumTicketingClosedDateEnd";

    @Metadata(description = "getTickets: return only this page (from 1) of 25 tickets instead of every matching "
                            + "ticket.",
              javaType = "Integer")
    public static final String PAGE_NUMBER = "CamelSpectrumTicketingPageNumber";

    @Metadata(description = "Set by getTickets: the total number of tickets matching the query, across all pages.",
              javaType = "Integer")
    public static final String TICKETS_COUNT = "CamelSpectrumTicketingTicketsCount";

    @Metadata(label = "consumer", description = "Set by updatedTickets: what happened to the ticket since this "
                                                + "consumer last delivered it: created, closed, needsAttention "
                                                + "(Spectrum set needsClientAttention) or updated (anything else).",
              javaType = "String", enums = "created,closed,needsAttention,updated")
    public static final String CHANGE_KIND = "CamelSpectrumTicketingChangeKind";

    @Metadata(label = "consumer", description = "Set by updatedTickets with fetchDetails: the ticket's notes this "
                                                + "consumer has not delivered before, oldest first; empty when none.",
              javaType = "java.util.List<dev.ticketbridge.spectrum.model.TicketNote>")
    public static final String NEW_NOTES = "CamelSpectrumTicketingNewNotes";

    private SpectrumTicketingConstants() {
    }
}
