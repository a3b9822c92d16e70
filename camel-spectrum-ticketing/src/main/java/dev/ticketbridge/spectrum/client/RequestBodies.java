package dev.ticketbridge.spectrum.client;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ticketbridge.spectrum.model.CreateTicketRequest;
import dev.ticketbridge.spectrum.model.NoteRequest;

/**
 * Reads requests that arrive as JSON or maps (from a file, a queue, another system) into the typed model, strictly.
 *
 * <p>Jackson alone would stop at the first mistyped field, or drop an unknown one silently. Here every field is
 * checked for its JSON type ({@code "Yes"} is not a boolean), unknown fields are reported (the provider's table spells
 * {@code siteAccessEndTIme}, a typo that would be silently lost), and then the rules of {@link RequestValidator} are
 * applied to what could be read, so that one {@link SpectrumValidationException} names every problem at once.
 */
public final class RequestBodies {

    private enum Kind { TEXT, BOOLEAN, TEXT_ARRAY, CONTACTS }

    private static final Map<String, Kind> CREATE_TICKET_FIELDS = Map.ofEntries(
            Map.entry("siteGuid", Kind.TEXT), Map.entry("circuits", Kind.TEXT_ARRAY),
            Map.entry("submitterId", Kind.TEXT), Map.entry("alarm", Kind.BOOLEAN),
            Map.entry("issueDescription", Kind.TEXT), Map.entry("issueStartDate", Kind.TEXT),
            Map.entry("issueStartTime", Kind.TEXT), Map.entry("customerTicketId", Kind.TEXT),
            Map.entry("businessImpact", Kind.TEXT), Map.entry("buildingPower", Kind.BOOLEAN),
            Map.entry("equipmentPower", Kind.BOOLEAN), Map.entry("troubleShootingStepsTaken", Kind.TEXT),
            Map.entry("contacts", Kind.CONTACTS), Map.entry("siteAccessStartTime", Kind.TEXT),
            Map.entry("siteAccessEndTime", Kind.TEXT), Map.entry("additionalInfo", Kind.TEXT));

    private static final Set<String> CONTACT_FIELDS = Set.of("type", "firstName", "lastName", "phoneNumber", "email",
            "availableStartTime", "availableEndTime", "unavailableDays");

    private static final Set<String> NOTE_FIELDS = Set.of("note", "submitterId", "action");

    private final ObjectMapper mapper;

    public RequestBodies(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Parses JSON text into a tree, or fails naming the body as invalid. */
    public JsonNode parse(String operation, String json) {
        try {
            JsonNode node = mapper.readTree(json);
            if (node == null || !node.isObject()) {
                throw invalid(operation, new Violation("body", "must be a JSON object"));
            }
            return node;
        } catch (JsonProcessingException e) {
            throw invalid(operation, new Violation("body", "is not valid JSON: " + e.getOriginalMessage()));
        }
    }

    /** Reads a map, such as one built in a route or unmarshalled from JSON, as a tree. */
    public JsonNode fromMap(Map<?, ?> map) {
        return mapper.valueToTree(map);
    }

    /**
     * Reads a create-ticket request, checking each field's type and the provider's rules.
     *
     * @throws SpectrumValidationException naming every mistyped, unknown or invalid field
     */
    public CreateTicketRequest createTicketRequest(JsonNode json) {
        List<Violation> violations = new ArrayList<>();
        ObjectNode readable = checkFields(json, "", CREATE_TICKET_FIELDS, violations);
        CreateTicketRequest request = mapper.convertValue(readable, CreateTicketRequest.class);
        return withRules("createTicket", violations, request, () -> RequestValidator.validate(request));
    }

    /**
     * Reads a note, checking each field's type and, when {@code ticketId} is given, the provider's rules.
     */
    public NoteRequest noteRequest(JsonNode json) {
        List<Violation> violations = new ArrayList<>();
        ObjectNode readable = checkFlat(json, "", NOTE_FIELDS, violations);
        NoteRequest note = mapper.convertValue(readable, NoteRequest.class);
        if (!violations.isEmpty()) {
            throw new SpectrumValidationException("addNote", violations);
        }
        return note;
    }

    private CreateTicketRequest withRules(String operation, List<Violation> typeViolations,
                                          CreateTicketRequest request, Runnable rules) {
        if (typeViolations.isEmpty()) {
            return request;
        }
        List<Violation> all = new ArrayList<>(typeViolations);
        try {
            rules.run();
        } catch (SpectrumValidationException e) {
            // A field already reported for its type is also "missing" to the rules: name it once.
            e.getViolations().stream()
                    .filter(v -> typeViolations.stream().noneMatch(t -> t.field().equals(v.field())))
                    .forEach(all::add);
        }
        throw new SpectrumValidationException(operation, all);
    }

    private ObjectNode checkFields(JsonNode json, String prefix, Map<String, Kind> fields, List<Violation> violations) {
        ObjectNode readable = mapper.createObjectNode();
        Iterator<Map.Entry<String, JsonNode>> entries = json.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String name = entry.getKey();
            JsonNode value = entry.getValue();
            Kind kind = fields.get(name);
            if (kind == null) {
                violations.add(new Violation(prefix + name, "is not a field of this request" + hint(name)));
                continue;
            }
            if (value.isNull()) {
                continue;
            }
            JsonNode checked = switch (kind) {
                case TEXT -> text(prefix + name, value, violations);
                case BOOLEAN -> bool(prefix + name, value, violations);
                case TEXT_ARRAY -> textArray(prefix + name, value, violations);
                case CONTACTS -> contacts(prefix + name, value, violations);
            };
            if (checked != null) {
                readable.set(name, checked);
            }
        }
        return readable;
    }

    private ObjectNode checkFlat(JsonNode json, String prefix, Set<String> names, List<Violation> violations) {
        ObjectNode readable = mapper.createObjectNode();
        Iterator<Map.Entry<String, JsonNode>> entries = json.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String name = entry.getKey();
            if (!names.contains(name)) {
                violations.add(new Violation(prefix + name, "is not a field of this request" + hint(name)));
            } else if (!entry.getValue().isNull()) {
                JsonNode checked = text(prefix + name, entry.getValue(), violations);
                if (checked != null) {
                    readable.set(name, checked);
                }
            }
        }
        return readable;
    }

    private JsonNode contacts(String field, JsonNode value, List<Violation> violations) {
        if (!value.isArray()) {
            violations.add(new Violation(field, "must be an array of contacts"));
            return null;
        }
        var array = mapper.createArrayNode();
        for (int i = 0; i < value.size(); i++) {
            JsonNode contact = value.get(i);
            if (!contact.isObject()) {
                violations.add(new Violation(field + "[" + i + "]", "must be an object"));
                continue;
            }
            array.add(checkFlat(contact, field + "[" + i + "].", CONTACT_FIELDS, violations));
        }
        return array;
    }

    private static JsonNode text(String field, JsonNode value, List<Violation> violations) {
        if (value.isTextual() || value.isNumber()) {
            return value;
        }
        violations.add(new Violation(field, "must be text, not " + describe(value)));
        return null;
    }

    private static JsonNode bool(String field, JsonNode value, List<Violation> violations) {
        if (value.isBoolean()) {
            return value;
        }
        violations.add(new Violation(field, "must be true, false or null (null: could not be verified), not "
                                            + describe(value)));
        return null;
    }

    private static JsonNode textArray(String field, JsonNode value, List<Violation> violations) {
        if (!value.isArray()) {
            violations.add(new Violation(field, "must be an array of circuit ids, not " + describe(value)));
            return null;
        }
        for (int i = 0; i < value.size(); i++) {
            if (!value.get(i).isTextual()) {
                violations.add(new Violation(field + "[" + i + "]", "must be text, not " + describe(value.get(i))));
                return null;
            }
        }
        return value;
    }

    private static String describe(JsonNode value) {
        return value.isTextual() ? "'" + value.asText() + "'" : value.getNodeType().name().toLowerCase() + " "
                                                               + value;
    }

    private static String hint(String name) {
        if ("siteAccessEndTIme".equals(name)) {
            return "; did you mean siteAccessEndTime?";
        }
        if ("circuitId".equals(name)) {
            return "; use circuits, an array of circuit ids";
        }
        return "";
    }

    private static SpectrumValidationException invalid(String operation, Violation violation) {
        return new SpectrumValidationException(operation, List.of(violation));
    }
}
