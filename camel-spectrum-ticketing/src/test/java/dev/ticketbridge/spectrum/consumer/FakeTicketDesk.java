package dev.ticketbridge.spectrum.consumer;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * Plays Spectrum's GET /tickets and GET /tickets/{id} from a list of tickets the test changes as it goes: the list
 * honours {@code status} and {@code updateDateStart} (inclusive, whole seconds) the way the provider does, so that
 * the consumer's query is tested, not only its bookkeeping. Failures can be queued for the next list requests.
 */
final class FakeTicketDesk implements ResponseDefinitionTransformerV2 {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, ObjectNode> tickets = new LinkedHashMap<>();
    private final Queue<ResponseDefinition> listFailures = new ArrayDeque<>();
    private final Queue<ResponseDefinition> detailFailures = new ArrayDeque<>();
    private final List<String> updateDateStarts = new ArrayList<>();
    private final AtomicInteger listRequests = new AtomicInteger();
    private final AtomicInteger detailRequests = new AtomicInteger();
    private boolean pagesAnyway;
    private Runnable afterFirstPage;

    @Override
    public String getName() {
        return "fake-ticket-desk";
    }

    synchronized void reset() {
        tickets.clear();
        listFailures.clear();
        detailFailures.clear();
        updateDateStarts.clear();
        listRequests.set(0);
        detailRequests.set(0);
        pagesAnyway = false;
        afterFirstPage = null;
    }

    /**
     * From now on, answers 25 tickets a page, oldest first, even when asked for {@code paginate=false}: the reading
     * of the provider's document under which pages shift and a ticket can slip past a page boundary.
     */
    synchronized void pageAnyway() {
        pagesAnyway = true;
    }

    /** Runs {@code change} once, right after the next first page was served: a change between two page reads. */
    synchronized void onceAfterFirstPage(Runnable change) {
        afterFirstPage = change;
    }

    /** Opens a ticket at {@code at}: created and updated in that second, In Progress. */
    synchronized void open(String id, long at) {
        ObjectNode ticket = JSON.createObjectNode();
        ticket.put("id", id);
        ticket.put("spectrumTicketNumber", "ECT-" + Math.abs(id.hashCode() % 100_000_000));
        ticket.put("status", "In Progress");
        ticket.put("needsClientAttention", false);
        ticket.put("ticketType", "ECT");
        ticket.put("dateCreated", at);
        ticket.put("dateUpdated", at);
        ticket.putArray("notes");
        tickets.put(id, ticket);
    }

    /** A change with nothing else to show: only {@code dateUpdated} moves. */
    synchronized void touch(String id, long at) {
        ticket(id).put("dateUpdated", at);
    }

    synchronized void close(String id, long at) {
        ticket(id).put("status", "Closed").put("dateClosed", at).put("dateResolved", at).put("dateUpdated", at);
    }

    synchronized void needAttention(String id, long at) {
        ticket(id).put("needsClientAttention", true).put("dateUpdated", at);
    }

    synchronized void addNote(String id, long at, String noteType, String text) {
        ObjectNode ticket = ticket(id);
        ((ArrayNode) ticket.get("notes")).addObject().put("dateCreated", at).put("noteType", noteType)
                .put("note", text);
        ticket.put("dateUpdated", at);
    }

    /** The next list request answers this status and body instead of the tickets. */
    synchronized void failNextList(int status, String body) {
        listFailures.add(ResponseDefinitionBuilder.responseDefinition().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body).build());
    }

    /** The next list request has its connection reset before any answer. */
    synchronized void dropNextList() {
        listFailures.add(ResponseDefinitionBuilder.responseDefinition()
                .withFault(Fault.CONNECTION_RESET_BY_PEER).build());
    }

    /** Forgets the failures still queued: the provider is back. */
    synchronized void recover() {
        listFailures.clear();
        detailFailures.clear();
    }

    /** The next single-ticket request answers this status and body instead of the ticket. */
    synchronized void failNextDetail(int status, String body) {
        detailFailures.add(ResponseDefinitionBuilder.responseDefinition().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body).build());
    }

    synchronized long dateUpdated(String id) {
        return ticket(id).get("dateUpdated").asLong();
    }

    synchronized List<String> ids() {
        return new ArrayList<>(tickets.keySet());
    }

    int listRequests() {
        return listRequests.get();
    }

    int detailRequests() {
        return detailRequests.get();
    }

    /** The {@code updateDateStart} of every list request, in order. */
    synchronized List<String> updateDateStarts() {
        return new ArrayList<>(updateDateStarts);
    }

    /**
     * Waits until {@code count} more list requests than {@code seen} arrived. The consumer processes a poll's batch
     * before it polls again, so once two more requests arrived, at least one whole poll ran in between.
     */
    void awaitListRequests(int seen, int count) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (listRequests.get() < seen + count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Expected " + count + " more polls after " + seen + ", saw "
                                         + (listRequests.get() - seen));
            }
            Thread.sleep(10);
        }
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        String path = serveEvent.getRequest().getUrl().replaceFirst("\\?.*", "");
        if (path.endsWith("/tickets")) {
            return list(serveEvent);
        }
        int slash = path.lastIndexOf("/tickets/");
        if (slash >= 0) {
            return detail(path.substring(slash + "/tickets/".length()));
        }
        return serveEvent.getResponseDefinition();
    }

    private synchronized ResponseDefinition list(ServeEvent serveEvent) {
        listRequests.incrementAndGet();
        QueryParameter start = serveEvent.getRequest().queryParameter("updateDateStart");
        QueryParameter status = serveEvent.getRequest().queryParameter("status");
        updateDateStarts.add(start.isPresent() ? start.firstValue() : null);
        if (!listFailures.isEmpty()) {
            return listFailures.poll();
        }
        long from = start.isPresent() ? Instant.parse(start.firstValue()).getEpochSecond() : Long.MIN_VALUE;
        List<ObjectNode> matching = tickets.values().stream()
                .filter(ticket -> ticket.get("dateUpdated").asLong() >= from)
                .filter(ticket -> !status.isPresent() || status.firstValue().equals(ticket.get("status").asText()))
                // The provider's order is not documented: answer newest first, so that the consumer must sort.
                .sorted(Comparator.comparingLong((ObjectNode ticket) -> ticket.get("dateUpdated").asLong())
                        .reversed())
                .toList();
        if (pagesAnyway) {
            return page(serveEvent, matching);
        }
        ObjectNode page = JSON.createObjectNode();
        page.put("ticketsCount", matching.size());
        ArrayNode list = page.putArray("tickets");
        matching.forEach(ticket -> list.add(summary(ticket)));
        return ok(page);
    }

    private ResponseDefinition page(ServeEvent serveEvent, List<ObjectNode> newestFirst) {
        List<ObjectNode> oldestFirst = new ArrayList<>(newestFirst);
        oldestFirst.sort(Comparator.comparingLong((ObjectNode ticket) -> ticket.get("dateUpdated").asLong())
                .thenComparing(ticket -> ticket.get("id").asText()));
        QueryParameter asked = serveEvent.getRequest().queryParameter("returnPageNumber");
        int number = asked.isPresent() ? Integer.parseInt(asked.firstValue()) : 1;
        int from = Math.min((number - 1) * 25, oldestFirst.size());
        ObjectNode page = JSON.createObjectNode();
        page.put("ticketsCount", oldestFirst.size());
        ArrayNode list = page.putArray("tickets");
        oldestFirst.subList(from, Math.min(from + 25, oldestFirst.size())).forEach(ticket -> list.add(summary(ticket)));
        if (number == 1 && afterFirstPage != null) {
            Runnable change = afterFirstPage;
            afterFirstPage = null;
            change.run();
        }
        return ok(page);
    }

    private synchronized ResponseDefinition detail(String id) {
        detailRequests.incrementAndGet();
        if (!detailFailures.isEmpty()) {
            return detailFailures.poll();
        }
        ObjectNode ticket = tickets.get(id);
        if (ticket == null) {
            return ResponseDefinitionBuilder.responseDefinition().withStatus(404)
                    .withHeader("Content-Type", "application/json").withBody("{\"message\":\"Not found\"}").build();
        }
        return ok(ticket.deepCopy());
    }

    private static ObjectNode summary(ObjectNode ticket) {
        ObjectNode summary = ticket.deepCopy();
        // The list never carries notes: only the single-ticket lookup does.
        summary.remove("notes");
        return summary;
    }

    private static ResponseDefinition ok(ObjectNode body) {
        return ResponseDefinitionBuilder.responseDefinition().withStatus(200)
                .withHeader("Content-Type", "application/json;charset=utf-8").withBody(body.toString()).build();
    }

    private ObjectNode ticket(String id) {
        ObjectNode ticket = tickets.get(id);
        if (ticket == null) {
            throw new IllegalArgumentException("No ticket " + id + " on the desk");
        }
        return ticket;
    }
}
