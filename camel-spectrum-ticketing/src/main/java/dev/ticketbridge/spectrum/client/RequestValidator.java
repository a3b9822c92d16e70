package dev.ticketbridge.spectrum.client;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.ticketbridge.spectrum.model.Attachment;
import dev.ticketbridge.spectrum.model.BusinessImpact;
import dev.ticketbridge.spectrum.model.ContactType;
import dev.ticketbridge.spectrum.model.CreateTicketRequest;
import dev.ticketbridge.spectrum.model.NoteAction;
import dev.ticketbridge.spectrum.model.NoteRequest;
import dev.ticketbridge.spectrum.model.RequestContact;
import dev.ticketbridge.spectrum.model.TicketQuery;
import dev.ticketbridge.spectrum.model.TicketStatus;

/**
 * Checks requests against the rules of the provider's document before they are sent.
 *
 * <p>Every rule is checked, and one {@link SpectrumValidationException} lists all that are broken, so that a request
 * is fixed in one go. Values are checked as the provider spells them ({@code Outage}, {@code Site},
 * {@code Customer-Note}): being strict here saves a round trip that would end in a 400.
 */
public final class RequestValidator {

    /** The provider's limit on a note's text. */
    public static final int MAX_NOTE_LENGTH = 10_000;

    /** The provider's limit on a submitter id. */
    public static final int MAX_SUBMITTER_ID_LENGTH = 254;

    /** The provider's limit on circuits per ticket. */
    public static final int MAX_CIRCUITS = 5;

    private static final Pattern HH_MM = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");

    private static final Set<String> NEW_TICKET_IMPACTS = Set.of(BusinessImpact.OUTAGE.value(),
            BusinessImpact.IMPAIRMENT.value(), BusinessImpact.INFORMATION.value());

    private RequestValidator() {
    }

    /** Checks a new ticket: location, submitter, description, customer ticket id, impact, contacts, times. */
    public static void validate(CreateTicketRequest request) {
        List<Violation> violations = new ArrayList<>();
        if (request == null) {
            violations.add(new Violation("body", "a create-ticket request is required"));
            throw new SpectrumValidationException("createTicket", violations);
        }
        checkLocation(request, violations);
        checkSubmitter("submitterId", request.getSubmitterId(), violations);
        required("issueDescription", request.getIssueDescription(), violations);
        required("customerTicketId", request.getCustomerTicketId(), violations);
        if (isBlank(request.getBusinessImpact())) {
            violations.add(new Violation("businessImpact", "is required: Outage, Impairment or Information"));
        } else if (!NEW_TICKET_IMPACTS.contains(request.getBusinessImpact())) {
            violations.add(new Violation("businessImpact", "must be Outage, Impairment or Information, not '"
                                                           + request.getBusinessImpact() + "'"));
        }
        checkContacts(request.getContacts(), violations);
        checkTime("siteAccessStartTime", request.getSiteAccessStartTime(), violations);
        checkTime("siteAccessEndTime", request.getSiteAccessEndTime(), violations);
        throwIfAny("createTicket", violations);
    }

    /** Checks a note: ticket id, text of 1 to 10,000 characters, submitter of at most 254, a known action. */
    public static void validate(String ticketId, NoteRequest note) {
        List<Violation> violations = new ArrayList<>();
        required("ticketId", ticketId, violations);
        if (note == null) {
            violations.add(new Violation("body", "a note is required"));
            throw new SpectrumValidationException("addNote", violations);
        }
        if (isBlank(note.getNote())) {
            violations.add(new Violation("note", "is required"));
        } else if (note.getNote().length() > MAX_NOTE_LENGTH) {
            violations.add(new Violation("note", "is " + note.getNote().length() + " characters, at most "
                                                 + MAX_NOTE_LENGTH + " are allowed"));
        }
        checkSubmitter("submitterId", note.getSubmitterId(), violations);
        if (isBlank(note.getAction())) {
            violations.add(new Violation("action", "is required: Customer-Note or Customer-Closure"));
        } else if (NoteAction.fromValue(note.getAction()).filter(a -> a.value().equals(note.getAction())).isEmpty()) {
            violations.add(new Violation("action", "must be Customer-Note or Customer-Closure, not '"
                                                   + note.getAction() + "'"));
        }
        throwIfAny("addNote", violations);
    }

    /** Checks an attachment: ticket id, submitter, a file name of an accepted type, 1 byte to 1 MB of content. */
    public static void validate(String ticketId, Attachment attachment, String submitterId) {
        List<Violation> violations = new ArrayList<>();
        required("ticketId", ticketId, violations);
        checkSubmitter("submitterId", submitterId, violations);
        if (attachment == null) {
            violations.add(new Violation("file", "is required"));
        } else {
            if (isBlank(attachment.getFileName())) {
                violations.add(new Violation("fileName", "is required: the provider tells file types by extension"));
            } else if (!AttachmentTypes.isAllowed(attachment.getFileName())) {
                violations.add(new Violation("fileName", "'" + attachment.getFileName()
                                                         + "' is not an accepted type; accepted: "
                                                         + AttachmentTypes.allowedExtensions()));
            }
            if (attachment.getSize() == 0) {
                violations.add(new Violation("file", "is empty"));
            } else if (attachment.getSize() > AttachmentTypes.MAX_SIZE_BYTES) {
                violations.add(new Violation("file", "is larger than the provider's limit of 1 MB ("
                                                     + AttachmentTypes.MAX_SIZE_BYTES + " bytes)"));
            }
        }
        throwIfAny("addAttachment", violations);
    }

    /** Checks the filters of a ticket query: a known status, a page from 1, each start before its end. */
    public static void validate(TicketQuery query) {
        List<Violation> violations = new ArrayList<>();
        String status = query.getStatus();
        if (status != null && TicketStatus.fromValue(status).filter(s -> s.value().equals(status)).isEmpty()) {
            violations.add(new Violation("status", "must be 'In Progress' or 'Closed', not '" + status + "'"));
        }
        if (query.getPageNumber() != null && query.getPageNumber() < 1) {
            violations.add(new Violation("pageNumber", "must be 1 or more, not " + query.getPageNumber()));
        }
        Map<String, Instant> bounds = query.getDateBounds();
        for (String kind : List.of("openDate", "updateDate", "resolvedDate", "closedDate")) {
            Instant start = bounds.get(kind + "Start");
            Instant end = bounds.get(kind + "End");
            if (start != null && end != null && start.isAfter(end)) {
                violations.add(new Violation(kind + "Start", "is after " + kind + "End (" + start + " > " + end
                                                             + "): no ticket could match"));
            }
        }
        throwIfAny("getTickets", violations);
    }

    /** Checks that an id for a path parameter is present. */
    public static void requireId(String operation, String field, String value) {
        List<Violation> violations = new ArrayList<>();
        required(field, value, violations);
        throwIfAny(operation, violations);
    }

    private static void checkLocation(CreateTicketRequest request, List<Violation> violations) {
        List<String> circuits = request.getCircuits();
        boolean hasCircuits = circuits != null && !circuits.isEmpty();
        if (isBlank(request.getSiteGuid()) && !hasCircuits) {
            violations.add(new Violation("siteGuid", "or circuits is required: name the site, or 1 to "
                                                     + MAX_CIRCUITS + " circuits at one site"));
        }
        if (!hasCircuits) {
            return;
        }
        if (circuits.size() > MAX_CIRCUITS) {
            violations.add(new Violation("circuits", "has " + circuits.size() + " circuits, at most " + MAX_CIRCUITS
                                                     + " are allowed; open one ticket per site"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < circuits.size(); i++) {
            String circuit = circuits.get(i);
            if (isBlank(circuit)) {
                violations.add(new Violation("circuits[" + i + "]", "is blank"));
            } else if (!seen.add(circuit)) {
                violations.add(new Violation("circuits[" + i + "]", "repeats circuit " + circuit));
            }
        }
    }

    private static void checkContacts(List<RequestContact> contacts, List<Violation> violations) {
        if (contacts == null || contacts.isEmpty()) {
            violations.add(new Violation("contacts", "is required: at least one contact of type Site"));
            return;
        }
        boolean hasSiteContact = false;
        for (int i = 0; i < contacts.size(); i++) {
            RequestContact contact = contacts.get(i);
            String prefix = "contacts[" + i + "].";
            if (contact == null) {
                violations.add(new Violation("contacts[" + i + "]", "is null"));
                continue;
            }
            if (isBlank(contact.getType())) {
                violations.add(new Violation(prefix + "type", "is required: Site or Technical"));
            } else if (ContactType.fromValue(contact.getType()).filter(t -> t.value().equals(contact.getType()))
                    .isEmpty()) {
                violations.add(new Violation(prefix + "type", "must be Site or Technical, not '" + contact.getType()
                                                              + "'"));
            } else if (ContactType.SITE.value().equals(contact.getType())) {
                hasSiteContact = true;
            }
            required(prefix + "firstName", contact.getFirstName(), violations);
            required(prefix + "lastName", contact.getLastName(), violations);
            required(prefix + "phoneNumber", contact.getPhoneNumber(), violations);
            required(prefix + "email", contact.getEmail(), violations);
        }
        if (!hasSiteContact) {
            violations.add(new Violation("contacts", "needs at least one contact of type Site"));
        }
    }

    private static void checkSubmitter(String field, String value, List<Violation> violations) {
        if (isBlank(value)) {
            violations.add(new Violation(field, "is required"));
        } else if (value.length() > MAX_SUBMITTER_ID_LENGTH) {
            violations.add(new Violation(field, "is " + value.length() + " characters, at most "
                                                + MAX_SUBMITTER_ID_LENGTH + " are allowed"));
        }
    }

    private static void checkTime(String field, String value, List<Violation> violations) {
        if (value != null && !HH_MM.matcher(value).matches()) {
            violations.add(new Violation(field, "must be a 24-hour time HH:MM such as 09:00, not '" + value + "'"));
        }
    }

    private static void required(String field, String value, List<Violation> violations) {
        if (isBlank(value)) {
            violations.add(new Violation(field, "is required"));
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static void throwIfAny(String operation, List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new SpectrumValidationException(operation, violations);
        }
    }
}
