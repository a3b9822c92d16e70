package dev.ticketbridge.spectrum.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;

/**
 * The simulator's own HTTP endpoints, under the admin path ({@code /simulator} by default), for people and tools
 * that cannot call the Java API: look at a ticket as the simulator holds it, act as the support desk, generate
 * tickets, reset. They need no token; they are a test fixture, not part of Spectrum's API.
 */
final class AdminEndpoint {

    private final SimulatorState state;
    private final SupportDesk supportDesk;
    private final Responses responses;
    private final Runnable reset;
    private final Supplier<ObjectNode> info;

    AdminEndpoint(SimulatorState state, SupportDesk supportDesk, Responses responses, Runnable reset,
                  Supplier<ObjectNode> info) {
        this.state = state;
        this.supportDesk = supportDesk;
        this.responses = responses;
        this.reset = reset;
        this.info = info;
    }

    ApiResponse handle(ApiRequest request, List<String> segments) {
        String method = request.method();
        if (segments.isEmpty() && "GET".equals(method)) {
            return responses.ok(info.get());
        }
        if (segments.equals(List.of("reset")) && "POST".equals(method)) {
            reset.run();
            return responses.ok(info.get());
        }
        JsonNode body;
        try {
            byte[] raw = request.body();
            body = raw.length == 0 ? responses.json().mapper().createObjectNode()
                    : responses.json().mapper().readTree(raw);
        } catch (IOException e) {
            return responses.badRequest("The body is not valid JSON: " + e.getMessage());
        }
        if (segments.equals(List.of("generate")) && "POST".equals(method)) {
            return generate(body);
        }
        if (segments.size() >= 2 && segments.get(0).equals("tickets")) {
            try {
                return ticketAction(method, segments.get(1), segments.subList(2, segments.size()), body);
            } catch (IllegalArgumentException e) {
                return responses.notFound(e.getMessage());
            }
        }
        return responses.notFound("No admin operation " + method + " " + request.path());
    }

    private ApiResponse ticketAction(String method, String id, List<String> action, JsonNode body) {
        if (state.findTicket(id).isEmpty()) {
            return responses.notFound("Ticket not found : " + id);
        }
        if (action.isEmpty() && "GET".equals(method)) {
            return responses.ok(view(state.findTicket(id).get()));
        }
        if (action.size() != 1 || !"POST".equals(method)) {
            return responses.notFound("No admin operation " + method + " on tickets/" + id + "/"
                    + String.join("/", action));
        }
        SimulatedTicket changed;
        switch (action.get(0)) {
            case "status":
                TicketStatus status;
                try {
                    status = TicketStatus.fromValue(text(body, "status").orElse(""));
                } catch (IllegalArgumentException e) {
                    return responses.badRequest(e.getMessage());
                }
                changed = supportDesk.changeStatus(id, status);
                break;
            case "notes":
                Optional<String> note = text(body, "note");
                if (note.isEmpty()) {
                    return responses.badRequest("note is required");
                }
                changed = supportDesk.addSupportNote(id, text(body, "noteType").orElse("General"), note.get());
                break;
            case "needs-client-attention":
                boolean needs = !body.has("needsClientAttention") || body.get("needsClientAttention").asBoolean();
                changed = supportDesk.setNeedsClientAttention(id, needs, text(body, "action").orElse(null));
                break;
            case "assigned-action":
                changed = supportDesk.assignAction(id, text(body, "assignedAction").orElse(""));
                break;
            case "resolve":
                changed = supportDesk.resolve(id, text(body, "resolutionCode").orElse(null),
                        text(body, "resolutionMessage").orElse(null));
                break;
            case "close":
                changed = supportDesk.close(id);
                break;
            default:
                return responses.notFound("No admin operation " + action.get(0) + " on tickets");
        }
        return responses.ok(view(state.findTicket(changed.id()).orElseThrow()));
    }

    private ApiResponse generate(JsonNode body) {
        String clientId = text(body, "clientId").orElse(null);
        int count = body.path("count").asInt(0);
        if (clientId == null || state.organization(clientId).isEmpty()) {
            return responses.badRequest("clientId must name an organization of the simulator");
        }
        if (count < 1) {
            return responses.badRequest("count must be a positive number");
        }
        long seed = body.path("seed").asLong(System.nanoTime());
        int made = new TicketGenerator(state).generate(clientId, count, new Random(seed)).size();
        ObjectNode answer = responses.json().mapper().createObjectNode();
        answer.put("clientId", clientId);
        answer.put("generated", made);
        answer.put("ticketsTotal", state.tickets(clientId).size());
        return responses.ok(answer);
    }

    /** The ticket as the API's detail shows it, plus what only the simulator knows. */
    private ObjectNode view(SimulatorState.StoredTicket stored) {
        SimulatedTicket ticket = stored.ticket();
        ObjectNode node = responses.json().ticket(ticket,
                state.site(stored.clientId(), ticket.siteGuid()), true);
        ObjectNode simulator = node.putObject("simulator");
        simulator.put("clientId", stored.clientId());
        simulator.put("closureRequested", ticket.closureRequested());
        ArrayNode attachments = simulator.putArray("attachments");
        for (TicketAttachment attachment : ticket.attachments()) {
            ObjectNode a = attachments.addObject();
            a.put("fileName", attachment.fileName());
            a.put("size", attachment.size());
            a.put("submitterId", attachment.submitterId());
            a.put("dateCreated", attachment.dateCreated().getEpochSecond());
        }
        return node;
    }

    private static Optional<String> text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }
}
