package dev.ticketbridge.spectrum.simulator;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Request;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * The write operations: {@code POST /tickets}, {@code POST /tickets/{id}/notes} and
 * {@code POST /tickets/{id}/attachments}, with the provider's validation rules and error bodies.
 *
 * <p>A body that is not valid JSON, or has a value of the wrong type (such as {@code "Yes"} for a boolean), answers
 * the framework's parse error; a readable body that breaks a rule answers {@code {"message": "..."}}; a note or an
 * attachment for a closed ticket answers "Ticket is not in editable state". Every accepted change sets the ticket's
 * {@code dateUpdated} to now.
 */
final class TicketCommands {

    static final int MAX_CIRCUITS = 5;
    static final int MAX_NOTE_LENGTH = 10_000;
    static final int MAX_SUBMITTER_ID_LENGTH = 254;
    static final int MAX_ATTACHMENT_BYTES = 1024 * 1024;
    static final Set<String> ATTACHMENT_TYPES =
            Set.of("jpg", "png", "gif", "xlsx", "xls", "csv", "xml", "pdf", "docx", "doc", "txt", "msg", "zip");
    static final List<String> CREATE_IMPACTS = List.of("Outage", "Impairment", "Information");
    static final List<String> NOTE_ACTIONS = List.of("Customer-Note", "Customer-Closure");

    private static final Pattern HOUR_MINUTE = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");

    private final SimulatorState state;
    private final Responses responses;
    private final AtomicLong created = new AtomicLong();

    TicketCommands(SimulatorState state, Responses responses) {
        this.state = state;
        this.responses = responses;
    }

    /** The create-ticket body; unknown fields are ignored, as the provider's framework does by default. */
    static final class CreateTicketBody {
        public String siteGuid;
        public List<String> circuits;
        public String submitterId;
        public Boolean alarm;
        public String issueDescription;
        public String issueStartDate;
        public String issueStartTime;
        public String customerTicketId;
        public String businessImpact;
        public Boolean buildingPower;
        public Boolean equipmentPower;
        public String troubleShootingStepsTaken;
        public List<ContactBody> contacts;
        public String siteAccessStartTime;
        // The parameter table spells it siteAccessEndTIme; the working example spells it siteAccessEndTime.
        @JsonAlias("siteAccessEndTIme")
        public String siteAccessEndTime;
        public String additionalInfo;
    }

    /** A contact of the create-ticket body. */
    static final class ContactBody {
        public String type;
        public String firstName;
        public String lastName;
        public String phoneNumber;
        public String email;
        public String availableStartTime;
        public String availableEndTime;
        public String unavailableDays;
    }

    /** The add-note body. */
    static final class NoteBody {
        public String note;
        public String submitterId;
        public String action;
    }

    ApiResponse createTicket(String clientId, ApiRequest request) {
        if (request.body().length == 0) {
            return responses.missingBody();
        }
        CreateTicketBody body;
        try {
            body = responses.json().mapper().readValue(request.body(), CreateTicketBody.class);
        } catch (JsonProcessingException e) {
            return responses.parseError(e);
        } catch (IOException e) {
            return responses.missingBody();
        }
        if (body == null) {
            return responses.missingBody();
        }

        Optional<String> problem = checkRequiredFields(body);
        if (problem.isPresent()) {
            return responses.badRequest(problem.get());
        }
        List<Circuit> circuits = new ArrayList<>();
        problem = resolveLocation(clientId, body, circuits);
        if (problem.isEmpty()) {
            problem = checkContacts(body.contacts);
        }
        if (problem.isEmpty()) {
            problem = checkSiteAccess(body);
        }
        if (problem.isPresent()) {
            return responses.badRequest(problem.get());
        }

        SimulatedTicket ticket = state.addTicket(clientId, newTicket(body, circuits));
        ObjectNode answer = responses.json().mapper().createObjectNode();
        answer.put("ticketId", ticket.id());
        answer.put("spectrumTicketNumber", ticket.spectrumTicketNumber());
        return responses.ok(answer);
    }

    ApiResponse addNote(String clientId, String idOrNumber, ApiRequest request) {
        Optional<ApiResponse> refusal = checkTicketAccess(clientId, idOrNumber);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        if (request.body().length == 0) {
            return responses.missingBody();
        }
        NoteBody body;
        try {
            body = responses.json().mapper().readValue(request.body(), NoteBody.class);
        } catch (JsonProcessingException e) {
            return responses.parseError(e);
        } catch (IOException e) {
            return responses.missingBody();
        }
        Optional<String> problem = checkNote(body);
        if (problem.isPresent()) {
            return responses.badRequest(problem.get());
        }

        synchronized (state) {
            if (state.findTicket(idOrNumber).orElseThrow().ticket().status() == TicketStatus.CLOSED) {
                return responses.notEditable();
            }
            SimulatedTicket ticket = state.updateTicket(idOrNumber, b -> customerNoteAdded(b, body));
            return ticketIdAnswer(ticket);
        }
    }

    ApiResponse addAttachment(String clientId, String idOrNumber, ApiRequest request) {
        Optional<ApiResponse> refusal = checkTicketAccess(clientId, idOrNumber);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        if (!request.raw().isMultipart()) {
            return responses.badRequest("The request must be multipart/form-data with a file part and a "
                    + "submitterId part");
        }
        Request.Part file = request.raw().getPart("file");
        Request.Part submitter = request.raw().getPart("submitterId");
        String submitterId = submitter == null ? null : submitter.getBody().asString().trim();
        Optional<String> problem = checkAttachment(file, submitterId);
        if (problem.isPresent()) {
            return responses.badRequest(problem.get());
        }

        byte[] content = file.getBody().asBytes();
        String contentType = file.getHeader("Content-Type").isPresent()
                ? file.getHeader("Content-Type").firstValue() : null;
        synchronized (state) {
            if (state.findTicket(idOrNumber).orElseThrow().ticket().status() == TicketStatus.CLOSED) {
                return responses.notEditable();
            }
            SimulatedTicket ticket = state.updateTicket(idOrNumber, b -> b.addAttachment(
                    new TicketAttachment(file.getFileName(), contentType, content, submitterId, state.now())));
            return ticketIdAnswer(ticket);
        }
    }

    private Optional<ApiResponse> checkTicketAccess(String clientId, String idOrNumber) {
        Optional<SimulatorState.StoredTicket> stored = state.findTicket(idOrNumber);
        if (stored.isEmpty()) {
            return Optional.of(responses.notFound("Ticket not found : " + idOrNumber));
        }
        if (!stored.get().clientId().equals(clientId)) {
            return Optional.of(responses.forbidden("ticket"));
        }
        return Optional.empty();
    }

    private ApiResponse ticketIdAnswer(SimulatedTicket ticket) {
        ObjectNode answer = responses.json().mapper().createObjectNode();
        answer.put("ticketId", ticket.id());
        return responses.ok(answer);
    }

    private static Optional<String> checkRequiredFields(CreateTicketBody body) {
        if (isBlank(body.submitterId)) {
            return Optional.of("submitterId is required");
        }
        if (isBlank(body.issueDescription)) {
            return Optional.of("issueDescription is required");
        }
        if (isBlank(body.customerTicketId)) {
            return Optional.of("customerTicketId is required");
        }
        if (isBlank(body.businessImpact)) {
            return Optional.of("businessImpact is required");
        }
        if (!CREATE_IMPACTS.contains(body.businessImpact)) {
            return Optional.of("Invalid businessImpact : " + body.businessImpact
                    + ". Valid values are Outage, Impairment, Information");
        }
        return Optional.empty();
    }

    /** Checks siteGuid and circuits against the caller's organization and collects the circuits found. */
    private Optional<String> resolveLocation(String clientId, CreateTicketBody body, List<Circuit> found) {
        List<String> circuitIds = body.circuits == null ? List.of() : body.circuits;
        if (isBlank(body.siteGuid) && circuitIds.isEmpty()) {
            return Optional.of("Either siteGuid or circuits is required");
        }
        if (circuitIds.size() > MAX_CIRCUITS) {
            return Optional.of("No more than " + MAX_CIRCUITS + " circuits can be submitted on one ticket");
        }
        List<String> invalid = new ArrayList<>();
        for (String circuitId : circuitIds) {
            Optional<Circuit> circuit = circuitId == null ? Optional.empty() : state.circuit(clientId, circuitId);
            circuit.ifPresentOrElse(found::add, () -> invalid.add(String.valueOf(circuitId)));
        }
        if (!invalid.isEmpty()) {
            return Optional.of("One or more invalid circuits : " + String.join(", ", invalid));
        }
        if (!isBlank(body.siteGuid) && state.site(clientId, body.siteGuid).isEmpty()) {
            return Optional.of("Invalid siteGuid : " + body.siteGuid);
        }
        Set<String> circuitSites = new LinkedHashSet<>();
        found.forEach(circuit -> circuitSites.add(circuit.siteGuid()));
        if (circuitSites.size() > 1) {
            return Optional.of("All circuits on a ticket must be at the same site");
        }
        if (!isBlank(body.siteGuid) && !circuitSites.isEmpty() && !circuitSites.contains(body.siteGuid)) {
            return Optional.of("The circuits are not at the site given by siteGuid : " + body.siteGuid);
        }
        return Optional.empty();
    }

    private static Optional<String> checkContacts(List<ContactBody> contacts) {
        if (contacts == null || contacts.isEmpty()) {
            return Optional.of("At least one contact with type Site is required");
        }
        boolean siteContact = false;
        for (int i = 0; i < contacts.size(); i++) {
            ContactBody contact = contacts.get(i);
            String field = "contacts[" + i + "].";
            if (contact == null) {
                return Optional.of(field.substring(0, field.length() - 1) + " must not be null");
            }
            if (!"Site".equals(contact.type) && !"Technical".equals(contact.type)) {
                return Optional.of(field + "type must be Site or Technical");
            }
            siteContact |= "Site".equals(contact.type);
            if (isBlank(contact.firstName)) {
                return Optional.of(field + "firstName is required");
            }
            if (isBlank(contact.lastName)) {
                return Optional.of(field + "lastName is required");
            }
            if (isBlank(contact.phoneNumber)) {
                return Optional.of(field + "phoneNumber is required");
            }
            if (isBlank(contact.email)) {
                return Optional.of(field + "email is required");
            }
        }
        return siteContact ? Optional.empty() : Optional.of("At least one contact with type Site is required");
    }

    private static Optional<String> checkSiteAccess(CreateTicketBody body) {
        if (body.siteAccessStartTime != null && !HOUR_MINUTE.matcher(body.siteAccessStartTime).matches()) {
            return Optional.of("siteAccessStartTime must be HH:MM (24-hour) : " + body.siteAccessStartTime);
        }
        if (body.siteAccessEndTime != null && !HOUR_MINUTE.matcher(body.siteAccessEndTime).matches()) {
            return Optional.of("siteAccessEndTime must be HH:MM (24-hour) : " + body.siteAccessEndTime);
        }
        return Optional.empty();
    }

    private static Optional<String> checkNote(NoteBody body) {
        if (body == null || isBlank(body.note)) {
            return Optional.of("note is required");
        }
        if (body.note.length() > MAX_NOTE_LENGTH) {
            return Optional.of("note must be at most 10,000 characters");
        }
        if (isBlank(body.submitterId)) {
            return Optional.of("submitterId is required");
        }
        if (body.submitterId.length() > MAX_SUBMITTER_ID_LENGTH) {
            return Optional.of("submitterId must be at most 254 characters");
        }
        if (isBlank(body.action)) {
            return Optional.of("action is required");
        }
        if (!NOTE_ACTIONS.contains(body.action)) {
            return Optional.of("Invalid action : " + body.action
                    + ". Valid values are Customer-Note, Customer-Closure");
        }
        return Optional.empty();
    }

    private static Optional<String> checkAttachment(Request.Part file, String submitterId) {
        if (file == null) {
            return Optional.of("file is required");
        }
        if (isBlank(submitterId)) {
            return Optional.of("submitterId is required");
        }
        if (submitterId.length() > MAX_SUBMITTER_ID_LENGTH) {
            return Optional.of("submitterId must be at most 254 characters");
        }
        String fileName = file.getFileName();
        if (isBlank(fileName)) {
            return Optional.of("file must have a file name");
        }
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!ATTACHMENT_TYPES.contains(extension)) {
            return Optional.of("Invalid file type : " + fileName
                    + ". Allowed types are jpg, png, gif, xlsx, xls, csv, xml, pdf, docx, doc, txt, msg, zip");
        }
        byte[] content = file.getBody().asBytes();
        if (content == null || content.length == 0) {
            return Optional.of("file is empty");
        }
        if (content.length > MAX_ATTACHMENT_BYTES) {
            return Optional.of("File size exceeds the maximum of 1 MB : " + fileName);
        }
        return Optional.empty();
    }

    private SimulatedTicket.Builder newTicket(CreateTicketBody body, List<Circuit> circuits) {
        String siteGuid = !isBlank(body.siteGuid) ? body.siteGuid : circuits.get(0).siteGuid();
        List<String> services = new ArrayList<>(new LinkedHashSet<>(circuits.stream().map(Circuit::serviceType)
                .toList()));
        List<Contact> contacts = body.contacts.stream()
                .map(c -> new Contact(c.firstName.trim() + " " + c.lastName.trim(), c.type, c.phoneNumber, c.email))
                .toList();
        boolean alarm = Boolean.TRUE.equals(body.alarm);
        // Readable dates alternate between the document's two forms, so clients meet both.
        ReadableDateStyle style = created.getAndIncrement() % 2 == 0 ? ReadableDateStyle.OFFSET
                : ReadableDateStyle.ZULU;
        return SimulatedTicket.builder()
                .customerTicketNumber(body.customerTicketId)
                .ticketReportSource(alarm ? "B2B-Alarm" : "B2B-API")
                .businessImpact(body.businessImpact)
                .impactedServices(services)
                .impactedCircuits(circuits.stream().map(Circuit::circuitId).toList())
                .siteGuid(siteGuid)
                .contacts(contacts)
                .ticketSubType(subTypeFor(body.businessImpact))
                .readableDateStyle(style);
    }

    private static String subTypeFor(String businessImpact) {
        switch (businessImpact) {
            case "Outage":
                return "No Connectivity";
            case "Impairment":
                return "Degraded Services";
            default:
                return "Other";
        }
    }

    private SimulatedTicket.Builder customerNoteAdded(SimulatedTicket.Builder builder, NoteBody body) {
        // A customer note answers whatever the desk was waiting for: the wait ends and support looks again.
        SupportDesk.endOpenWait(builder, state.now());
        return builder.addNote(new TicketNote(state.now(), body.action, body.note, body.submitterId))
                .needsClientAttention(false)
                .closureRequested(builder.closureRequested() || "Customer-Closure".equals(body.action));
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
