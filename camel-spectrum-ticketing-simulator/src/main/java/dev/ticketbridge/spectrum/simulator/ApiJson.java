package dev.ticketbridge.spectrum.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the simulator's objects in the JSON shapes of the provider's document, field for field and in the
 * document's order, including the parts a client must merely tolerate (readable date typos, the extra field).
 */
final class ApiJson {

    /**
     * A field the provider's document does not list. Spectrum says unknown fields will appear; sending one on every
     * ticket makes sure that clients ignore what they do not know.
     */
    static final String UNDOCUMENTED_FIELD = "ticketPriority";

    private static final Map<String, String> PRIORITY_BY_IMPACT =
            Map.of("Outage", "P1", "Impairment", "P2", "Failover", "P3", "Information", "P4");

    private final ObjectMapper mapper;

    ApiJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ObjectMapper mapper() {
        return mapper;
    }

    ObjectNode ticket(SimulatedTicket ticket, Optional<Site> site, boolean detail) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", ticket.id());
        node.put("spectrumTicketNumber", ticket.spectrumTicketNumber());
        node.put("customerTicketNumber", ticket.customerTicketNumber());
        node.put("billingAccountNumber", ticket.billingAccountNumber());
        node.put("status", ticket.status().value());
        node.put("ticketReportSource", ticket.ticketReportSource());
        node.put("needsClientAttention", ticket.needsClientAttention());
        node.put("businessImpact", ticket.businessImpact());
        strings(node.putArray("impactedServices"), ticket.impactedServices());
        strings(node.putArray("impactedCircuits"), ticket.impactedCircuits());
        node.put("siteGuid", ticket.siteGuid());
        siteAddress(node.putObject("siteAddress"), ticket.siteGuid(), site);
        ArrayNode siteContacts = node.putArray("siteContacts");
        ArrayNode contacts = node.putArray("contacts");
        for (Contact contact : ticket.contacts()) {
            siteContacts.add(contact.name());
            ObjectNode c = contacts.addObject();
            c.put("name", contact.name());
            c.put("type", contact.type());
            c.put("phoneNumber", contact.phoneNumber());
            c.put("email", contact.email());
        }
        node.put("ticketType", "ECT");
        node.put("ticketSubType", ticket.ticketSubType());
        node.put("assignedAction", ticket.assignedAction());
        ReadableDateStyle style = ticket.readableDateStyle();
        date(node, "dateCreated", ticket.dateCreated(), style.formatOpenDate(ticket.dateCreated()));
        date(node, "dateUpdated", ticket.dateUpdated(), style.formatOpenDate(ticket.dateUpdated()));
        date(node, "dateResolved", ticket.dateResolved(), style.formatEndDate(ticket.dateResolved()));
        date(node, "dateClosed", ticket.dateClosed(), style.formatEndDate(ticket.dateClosed()));
        node.put("resolutionCode", ticket.resolutionCode());
        node.put("resolutionMessage", ticket.resolutionMessage());
        node.put(UNDOCUMENTED_FIELD, PRIORITY_BY_IMPACT.getOrDefault(ticket.businessImpact(), "P4"));
        if (detail) {
            ArrayNode periods = node.putArray("customerActionMinuteDetails");
            for (CustomerActionPeriod period : ticket.customerActionPeriods()) {
                ObjectNode p = periods.addObject();
                p.put("action", period.action());
                epoch(p, "startTime", period.startTime());
                epoch(p, "endTime", period.endTime());
            }
            ArrayNode notes = node.putArray("notes");
            for (TicketNote note : ticket.notes()) {
                ObjectNode n = notes.addObject();
                epoch(n, "dateCreated", note.dateCreated());
                n.put("noteType", note.noteType());
                n.put("note", note.note());
            }
        }
        return node;
    }

    ObjectNode site(Organization organization, Site site) {
        ObjectNode node = mapper.createObjectNode();
        node.put("cxId", organization.cxId());
        node.put("addressLine1", site.addressLine1());
        node.put("addressLine2", site.addressLine2());
        node.put("city", site.city());
        node.put("state", site.state());
        node.put("zipCode", site.zipCode());
        node.put("siteGuid", site.siteGuid());
        return node;
    }

    ObjectNode circuit(Organization organization, Circuit circuit, Optional<Site> site) {
        ObjectNode node = mapper.createObjectNode();
        node.put("circuitId", circuit.circuitId());
        node.put("cxId", organization.cxId());
        ObjectNode location = node.putObject("location");
        location.put("streetAddress1", site.map(Site::addressLine1).orElse(""));
        location.put("streetAddress2", site.map(Site::addressLine2).orElse(""));
        location.put("city", site.map(Site::city).orElse(""));
        location.put("state", site.map(Site::state).orElse(""));
        location.put("zip", site.map(Site::zipCode).orElse(""));
        return node;
    }

    ObjectNode message(String message) {
        ObjectNode node = mapper.createObjectNode();
        node.put("message", message);
        return node;
    }

    String write(Object node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Could not write a response body: " + e.getOriginalMessage(), e);
        }
    }

    private static void siteAddress(ObjectNode node, String siteGuid, Optional<Site> site) {
        // Spectrum's siteAddress.id is an address record id, not the siteGuid: derive a stable but different one.
        node.put("id", siteGuid.isEmpty() ? "" : addressId(siteGuid));
        node.put("addressLine1", site.map(Site::addressLine1).orElse(""));
        node.put("city", site.map(Site::city).orElse(""));
        node.put("state", site.map(Site::state).orElse(""));
        node.put("zip5", site.map(Site::zipCode).orElse(""));
        node.put("latitude", site.map(Site::latitude).orElse(""));
        node.put("longitude", site.map(Site::longitude).orElse(""));
    }

    private static String addressId(String siteGuid) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(siteGuid.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is missing from this JVM", e);
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static void date(ObjectNode node, String field, Instant instant, String readable) {
        epoch(node, field, instant);
        if (readable == null) {
            node.putNull(field + "YMD");
        } else {
            node.put(field + "YMD", readable);
        }
    }

    private static void epoch(ObjectNode node, String field, Instant instant) {
        if (instant == null) {
            node.putNull(field);
        } else {
            node.put(field, instant.getEpochSecond());
        }
    }
}
