package dev.ticketbridge.spectrum.consumer;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The progress of one {@code updatedTickets} consumer, as it is kept in the state repository: a cursor, and what
 * was delivered for each ticket changed inside the overlap window below it.
 *
 * <p>Every ticket whose change is at or below the cursor (epoch seconds) has been delivered, except changes the
 * provider reports late by more than the overlap window. The consumer asks for changes from
 * {@code cursor - overlapWindow} on, and skips those recorded here, so it keeps only tickets whose delivered
 * {@code dateUpdated} is inside that window: the state stays small however many tickets an organization has.
 *
 * <p>Stored as one line of JSON (readable, and safe for {@code FileStateRepository}'s line format):
 * <pre>
 * {"version":1,"cursor":1764790000,"tickets":{"RSGA..":{"dateUpdated":1764790000,"closed":false,
 *  "needsClientAttention":true,"notes":["1764789990:9f86d081884c7d65"]}}}
 * </pre>
 * Not thread-safe: the consumer guards it.
 */
final class ConsumerState {

    static final int VERSION = 1;

    /** A ticket with more notes than this inside one overlap window keeps only the newest keys. */
    static final int MAX_NOTE_KEYS_PER_TICKET = 200;

    private long cursor;
    private final Map<String, DeliveredTicket> tickets = new TreeMap<>();

    private ConsumerState(long cursor) {
        this.cursor = cursor;
    }

    /** A state with nothing delivered, whose first query starts at {@code cursor} minus the overlap window. */
    static ConsumerState startingAt(long cursor) {
        return new ConsumerState(cursor);
    }

    /**
     * Reads a stored state.
     *
     * @throws IllegalStateException when the text is not a state of this version; the message names the key, so
     *                               that an operator can find and fix or remove the entry
     */
    static ConsumerState fromJson(ObjectMapper mapper, String json, String stateKey) {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw invalid(stateKey, "it is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject() || root.path("version").asInt() != VERSION
            || !root.path("cursor").canConvertToLong()) {
            throw invalid(stateKey, "expected {\"version\":" + VERSION + ",\"cursor\":<epoch seconds>,...}");
        }
        ConsumerState state = new ConsumerState(root.get("cursor").asLong());
        root.path("tickets").fields().forEachRemaining(entry -> state.tickets.put(entry.getKey(), read(entry)));
        return state;
    }

    private static DeliveredTicket read(Map.Entry<String, JsonNode> entry) {
        JsonNode node = entry.getValue();
        Set<String> notes = new LinkedHashSet<>();
        node.path("notes").forEach(note -> notes.add(note.asText()));
        return new DeliveredTicket(node.path("dateUpdated").asLong(), node.path("closed").asBoolean(),
                node.path("needsClientAttention").asBoolean(), notes);
    }

    private static IllegalStateException invalid(String stateKey, String reason) {
        return new IllegalStateException("The updatedTickets state under key '" + stateKey + "' cannot be read: "
                                         + reason + ". Fix or remove that entry of the state repository; removing "
                                         + "it restarts the consumer from initialLookback.");
    }

    /** The state as one line of JSON. */
    String toJson(ObjectMapper mapper) {
        ObjectNode root = mapper.createObjectNode();
        root.put("version", VERSION);
        root.put("cursor", cursor);
        ObjectNode ticketsNode = root.putObject("tickets");
        tickets.forEach((id, delivered) -> {
            ObjectNode node = ticketsNode.putObject(id);
            node.put("dateUpdated", delivered.dateUpdated());
            node.put("closed", delivered.closed());
            node.put("needsClientAttention", delivered.needsClientAttention());
            if (!delivered.noteKeys().isEmpty()) {
                ArrayNode notes = node.putArray("notes");
                delivered.noteKeys().stream().sorted().forEach(notes::add);
            }
        });
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The updatedTickets state cannot be written as JSON", e);
        }
    }

    long cursor() {
        return cursor;
    }

    /** What was last delivered for a ticket; {@code null} when nothing was, or it has left the window. */
    DeliveredTicket delivered(String ticketId) {
        return tickets.get(ticketId);
    }

    int trackedTickets() {
        return tickets.size();
    }

    /** Records a delivered ticket, keeping the later of two records of the same ticket. */
    void recordDelivered(String ticketId, DeliveredTicket delivered) {
        tickets.merge(ticketId, delivered, (old, now) -> now.dateUpdated() >= old.dateUpdated() ? now : old);
    }

    /** Moves the cursor forward to {@code epochSecond}; never back. */
    void advanceCursor(long epochSecond) {
        cursor = Math.max(cursor, epochSecond);
    }

    /**
     * Forgets what the overlap window no longer covers: tickets delivered with a {@code dateUpdated} before
     * {@code horizon}, and notes written before it.
     */
    void prune(long horizon) {
        Iterator<Map.Entry<String, DeliveredTicket>> it = tickets.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, DeliveredTicket> entry = it.next();
            DeliveredTicket delivered = entry.getValue();
            if (delivered.dateUpdated() < horizon) {
                it.remove();
            } else {
                Set<String> kept = new LinkedHashSet<>();
                delivered.noteKeys().stream()
                        .filter(key -> NoteKeys.dateCreated(key) >= horizon)
                        .sorted((a, b) -> Long.compare(NoteKeys.dateCreated(b), NoteKeys.dateCreated(a)))
                        .limit(MAX_NOTE_KEYS_PER_TICKET)
                        .forEach(kept::add);
                if (kept.size() != delivered.noteKeys().size()) {
                    entry.setValue(new DeliveredTicket(delivered.dateUpdated(), delivered.closed(),
                            delivered.needsClientAttention(), kept));
                }
            }
        }
    }
}
