package dev.ticketbridge.spectrum.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The read operations: {@code GET /tickets}, {@code GET /tickets/{id}}, {@code GET /sites}, {@code GET /circuits}
 * and {@code GET /circuits/{id}}, each scoped to the caller's organization.
 *
 * <p>Ticket lists follow the provider's document, quirks included: 25 tickets a page; paging on when no query
 * parameter at all is given (first page only), off by default otherwise, as the parameter table says; 204 when
 * nothing matches; only tickets created in the last 12 months; the date filters inclusive and echoed back as epoch
 * seconds; and a {@code previousPageURL} on page 1 that points at page 1. Tickets come newest first.
 */
final class TicketQueries {

    static final int PAGE_SIZE = 25;

    /** The eight date filters of {@code GET /tickets}, with the ticket date each one bounds. */
    private static final Map<String, Function<SimulatedTicket, Instant>> DATE_FILTERS = dateFilters();

    private static final Pattern PROVIDER_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");

    private final SimulatorState state;
    private final Responses responses;
    private final String apiBasePath;

    TicketQueries(SimulatorState state, Responses responses, String apiBasePath) {
        this.state = state;
        this.responses = responses;
        this.apiBasePath = apiBasePath;
    }

    private static Map<String, Function<SimulatedTicket, Instant>> dateFilters() {
        Map<String, Function<SimulatedTicket, Instant>> filters = new LinkedHashMap<>();
        filters.put("openDateStart", SimulatedTicket::dateCreated);
        filters.put("openDateEnd", SimulatedTicket::dateCreated);
        filters.put("updateDateStart", SimulatedTicket::dateUpdated);
        filters.put("updateDateEnd", SimulatedTicket::dateUpdated);
        filters.put("resolvedDateStart", SimulatedTicket::dateResolved);
        filters.put("resolvedDateEnd", SimulatedTicket::dateResolved);
        filters.put("closedDateStart", SimulatedTicket::dateClosed);
        filters.put("closedDateEnd", SimulatedTicket::dateClosed);
        return filters;
    }

    ApiResponse listTickets(String clientId, ApiRequest request) {
        Map<String, String> query = request.query();
        TicketStatus status = null;
        if (query.containsKey("status")) {
            try {
                status = TicketStatus.fromValue(query.get("status"));
            } catch (IllegalArgumentException e) {
                return responses.badRequest("Invalid status : " + query.get("status")
                        + ". Valid values are In Progress, Closed");
            }
        }
        Map<String, Instant> bounds = new LinkedHashMap<>();
        for (String filter : DATE_FILTERS.keySet()) {
            if (query.containsKey(filter)) {
                Optional<Instant> bound = parseProviderDate(query.get(filter));
                if (bound.isEmpty()) {
                    return responses.badRequest("Invalid date format for " + filter + " : " + query.get(filter)
                            + ". Expected YYYY-MM-DDTHH:MM:SS.000Z");
                }
                bounds.put(filter, bound.get());
            }
        }
        Boolean paginate = parsePaginate(query);
        if (paginate == null) {
            return responses.badRequest("Invalid value for paginate : " + query.get("paginate")
                    + ". Expected true or false");
        }
        int page = parsePage(query.get("returnPageNumber"));
        if (page < 1) {
            return responses.badRequest("Invalid value for returnPageNumber : " + query.get("returnPageNumber")
                    + ". Expected a whole number from 1");
        }

        if (!paginate) {
            // An unpaged answer is a single page, whatever page was asked for.
            page = 1;
        }

        List<SimulatedTicket> matching = matching(clientId, status, bounds);
        if (matching.isEmpty()) {
            return ApiResponse.noContent();
        }
        int total = matching.size();
        int pages = paginate ? (total + PAGE_SIZE - 1) / PAGE_SIZE : 1;
        if (page > pages) {
            return responses.notFound("Page " + page + " does not exist: there are " + pages + " pages of results");
        }
        List<SimulatedTicket> slice = paginate
                ? matching.subList((page - 1) * PAGE_SIZE, Math.min(total, page * PAGE_SIZE)) : matching;

        ObjectNode envelope = responses.json().mapper().createObjectNode();
        envelope.put("ticketsCount", total);
        envelope.put("resultsRetrieved", slice.size() + " of " + total);
        envelope.put("pageReturned", page + " of " + pages);
        if (paginate) {
            // Page URLs name the host the client called, as the provider's name its own gateway.
            String baseUrl = request.origin() + apiBasePath;
            envelope.put("previousPageURL", pageUrl(baseUrl, query, Math.max(1, page - 1)));
            envelope.put("nextPageURL", pageUrl(baseUrl, query, Math.min(pages, page + 1)));
        } else {
            envelope.putNull("previousPageURL");
            envelope.putNull("nextPageURL");
        }
        bounds.forEach((filter, bound) -> envelope.put(filter, bound.getEpochSecond()));
        ArrayNode array = envelope.putArray("tickets");
        for (SimulatedTicket ticket : slice) {
            array.add(responses.json().ticket(ticket, siteOf(clientId, ticket), false));
        }
        return responses.ok(envelope);
    }

    ApiResponse ticket(String clientId, String idOrNumber) {
        Optional<SimulatorState.StoredTicket> stored = state.findTicket(idOrNumber);
        if (stored.isEmpty()) {
            return responses.notFound("Ticket not found : " + idOrNumber);
        }
        if (!stored.get().clientId().equals(clientId)) {
            return responses.forbidden("ticket");
        }
        SimulatedTicket ticket = stored.get().ticket();
        return responses.ok(responses.json().ticket(ticket, siteOf(clientId, ticket), true));
    }

    ApiResponse sites(String clientId) {
        Organization organization = state.organization(clientId).orElseThrow();
        List<Site> sites = state.sites(clientId);
        if (sites.isEmpty()) {
            return ApiResponse.noContent();
        }
        ObjectNode body = responses.json().mapper().createObjectNode();
        body.put("sitesCount", sites.size());
        ArrayNode array = body.putArray("sites");
        sites.forEach(site -> array.add(responses.json().site(organization, site)));
        return responses.ok(body);
    }

    ApiResponse circuits(String clientId) {
        Organization organization = state.organization(clientId).orElseThrow();
        List<Circuit> circuits = state.circuits(clientId);
        if (circuits.isEmpty()) {
            return ApiResponse.noContent();
        }
        ObjectNode body = responses.json().mapper().createObjectNode();
        body.put("circuitsCount", circuits.size());
        ArrayNode array = body.putArray("circuits");
        for (Circuit circuit : circuits) {
            array.add(responses.json().circuit(organization, circuit, state.site(clientId, circuit.siteGuid())));
        }
        return responses.ok(body);
    }

    /** One circuit; an unknown id answers 204 (the document: "if no circuit is returned, check the id"). */
    ApiResponse circuit(String clientId, String circuitId) {
        Optional<String> owner = state.circuitOwner(circuitId);
        if (owner.isEmpty()) {
            return ApiResponse.noContent();
        }
        if (!owner.get().equals(clientId)) {
            return responses.forbidden("circuit");
        }
        Organization organization = state.organization(clientId).orElseThrow();
        Circuit circuit = state.circuit(clientId, circuitId).orElseThrow();
        return responses.ok(responses.json().circuit(organization, circuit, state.site(clientId, circuit.siteGuid())));
    }

    private List<SimulatedTicket> matching(String clientId, TicketStatus status, Map<String, Instant> bounds) {
        Instant windowStart = state.now().atZone(ZoneOffset.UTC).minusMonths(12).toInstant();
        List<SimulatedTicket> result = new ArrayList<>();
        for (SimulatedTicket ticket : state.ticketsNewestFirst(clientId)) {
            if (ticket.dateCreated().isBefore(windowStart)) {
                continue;
            }
            if (status != null && ticket.status() != status) {
                continue;
            }
            if (withinBounds(ticket, bounds)) {
                result.add(ticket);
            }
        }
        return result;
    }

    private static boolean withinBounds(SimulatedTicket ticket, Map<String, Instant> bounds) {
        for (Map.Entry<String, Instant> bound : bounds.entrySet()) {
            Instant date = DATE_FILTERS.get(bound.getKey()).apply(ticket);
            if (date == null) {
                return false;
            }
            boolean start = bound.getKey().endsWith("Start");
            if (start ? date.isBefore(bound.getValue()) : date.isAfter(bound.getValue())) {
                return false;
            }
        }
        return true;
    }

    private Optional<Site> siteOf(String clientId, SimulatedTicket ticket) {
        return ticket.siteGuid().isEmpty() ? Optional.empty() : state.site(clientId, ticket.siteGuid());
    }

    /** Parses the provider's one date format, {@code YYYY-MM-DDTHH:MM:SS.000Z}, and nothing else. */
    static Optional<Instant> parseProviderDate(String value) {
        if (value == null || !PROVIDER_DATE.matcher(value).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Reads {@code paginate}. Without it, paging is on only when the query is empty (the document's note) or asks
     * for a page; otherwise the parameter table's default, false, applies.
     *
     * @return the value, or {@code null} when the parameter is neither true nor false
     */
    private static Boolean parsePaginate(Map<String, String> query) {
        String value = query.get("paginate");
        if (value == null) {
            return query.isEmpty() || query.containsKey("returnPageNumber");
        }
        if ("true".equalsIgnoreCase(value)) {
            return Boolean.TRUE;
        }
        return "false".equalsIgnoreCase(value) ? Boolean.FALSE : null;
    }

    /** @return the page number, 1 when absent, or 0 when it is not a positive whole number */
    private static int parsePage(String value) {
        if (value == null) {
            return 1;
        }
        try {
            return Math.max(0, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String pageUrl(String baseUrl, Map<String, String> query, int page) {
        StringBuilder url = new StringBuilder(baseUrl).append("/tickets?paginate=true&returnPageNumber=")
                .append(page);
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            if (!parameter.getKey().equals("paginate") && !parameter.getKey().equals("returnPageNumber")) {
                url.append('&').append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
            }
        }
        return url.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
