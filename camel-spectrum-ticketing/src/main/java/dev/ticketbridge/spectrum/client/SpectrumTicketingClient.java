package dev.ticketbridge.spectrum.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.ticketbridge.spectrum.model.Attachment;
import dev.ticketbridge.spectrum.model.Circuit;
import dev.ticketbridge.spectrum.model.CircuitList;
import dev.ticketbridge.spectrum.model.CreateTicketRequest;
import dev.ticketbridge.spectrum.model.CreateTicketResponse;
import dev.ticketbridge.spectrum.model.NoteRequest;
import dev.ticketbridge.spectrum.model.Site;
import dev.ticketbridge.spectrum.model.SiteList;
import dev.ticketbridge.spectrum.model.Ticket;
import dev.ticketbridge.spectrum.model.TicketIdResponse;
import dev.ticketbridge.spectrum.model.TicketPage;
import dev.ticketbridge.spectrum.model.TicketQuery;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A client of the Spectrum Enterprise Ticketing API v2.0, one method per operation of the provider's document.
 *
 * <p>Every call validates its request first ({@link SpectrumValidationException}, nothing sent), sends an
 * {@code X_TXN_ID} (the given one, or a fresh UUID when {@code null}), authenticates with a cached bearer token,
 * and, when the API refuses the token with 401, renews it and replays the request once. Answers are read as a stream
 * straight into the model: a list of thousands of tickets is never held as text as well. A 204 No Content answer is
 * an empty list, or {@code null} for a single object. Error answers become {@link SpectrumApiException} subtypes,
 * I/O failures {@link SpectrumTransportException}.
 *
 * <p>Thread-safe. The HTTP client is borrowed, not owned: closing this client does not close it.
 */
public final class SpectrumTicketingClient {

    private static final Logger LOG = LoggerFactory.getLogger(SpectrumTicketingClient.class);

    /** The correlation header of the provider's own examples. */
    public static final String TRANSACTION_ID_HEADER = "X_TXN_ID";

    private static final ContentType JSON = ContentType.create("application/json", "utf-8");
    private static final String JSON_MEDIA_TYPE = "application/json;charset=utf-8";

    private final CloseableHttpClient httpClient;
    private final AccessTokenProvider tokens;
    private final ObjectMapper mapper;
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final Pattern ECT_NUMBER = Pattern.compile("(?i)ECT-\\d+");
    private static final int MAX_REMEMBERED_NUMBERS = 10_000;

    /** The provider's fixed page size. */
    private static final int PAGE_SIZE = 25;

    /** How often pages are read again when tickets shift between page reads. */
    private static final int MAX_PAGE_PASSES = 3;

    private final Map<String, String> ticketIdsByNumber = new ConcurrentHashMap<>();

    private final URI baseUri;
    private final String baseUrl;
    private final RequestConfig requestConfig;
    private final ObjectReader ticketPageReader;
    private final ObjectReader ticketReader;
    private final ObjectReader siteListReader;
    private final ObjectReader circuitListReader;
    private final ObjectReader circuitReader;
    private final ObjectReader createTicketReader;
    private final ObjectReader ticketIdReader;

    /**
     * @param httpClient     the HTTP client to send requests with; shared, never closed here
     * @param tokens         the token provider of the organization's credentials
     * @param mapper         the Jackson mapper for the model
     * @param baseUrl        the API base, such as {@code https://apis.spectrum.net/entservices/ticketing-b2b/v1}
     * @param requestConfig  timeouts of each request
     */
    public SpectrumTicketingClient(CloseableHttpClient httpClient, AccessTokenProvider tokens, ObjectMapper mapper,
                                   String baseUrl, RequestConfig requestConfig) {
        this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.baseUri = toUri(Objects.requireNonNull(baseUrl, "baseUrl"));
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.requestConfig = requestConfig;
        this.ticketPageReader = mapper.readerFor(TicketPage.class);
        this.ticketReader = mapper.readerFor(Ticket.class);
        this.siteListReader = mapper.readerFor(SiteList.class);
        this.circuitListReader = mapper.readerFor(CircuitList.class);
        this.circuitReader = mapper.readerFor(Circuit.class);
        this.createTicketReader = mapper.readerFor(CreateTicketResponse.class);
        this.ticketIdReader = mapper.readerFor(TicketIdResponse.class);
    }

    /**
     * GET /tickets. Without a page number in the query, asks for every matching ticket in one unpaged answer.
     *
     * @return the envelope; an empty page when the provider answers 204
     */
    public TicketPage getTickets(TicketQuery query, String transactionId) {
        TicketQuery effective = query == null ? TicketQuery.all() : query;
        RequestValidator.validate(effective);
        TicketPage page = fetchTickets(effective, transactionId);
        if (effective.getPageNumber() == null && page.getTicketsCount() != null
            && page.getTicketsCount() > page.getTickets().size()) {
            LOG.warn("getTickets X_TXN_ID={}: asked for every ticket, but the answer holds {} of {}. Will read the "
                     + "remaining pages.", transactionId, page.getTickets().size(), page.getTicketsCount());
            readRemainingPages(effective, page, transactionId);
        }
        return page;
    }

    /**
     * Completes an answer that paged although paging was turned off, as the provider's document says it does when no
     * parameter is given. Without this a caller, the consumer first of all, would take the first 25 tickets for all of
     * them.
     *
     * <p>Pages shift when a ticket changes between two page reads, so a ticket can be skipped at a page boundary. The
     * pages are read again, up to {@value #MAX_PAGE_PASSES} passes, until as many distinct tickets were seen as the
     * provider counts; each ticket is kept once, in its newest version. Still short after that, the page is marked
     * incomplete ({@link TicketPage#isComplete()}) with a warning.
     */
    private void readRemainingPages(TicketQuery query, TicketPage first, String transactionId) {
        Map<String, Ticket> byId = new LinkedHashMap<>();
        merge(byId, first.getTickets());
        int total = first.getTicketsCount();
        for (int pass = 1; pass <= MAX_PAGE_PASSES && byId.size() < total; pass++) {
            int lastPage = (total + PAGE_SIZE - 1) / PAGE_SIZE;
            for (int number = pass == 1 ? 2 : 1; number <= lastPage; number++) {
                TicketPage next = fetchTickets(query.copy().page(number), transactionId);
                if (next.getTickets().isEmpty()) {
                    break;
                }
                if (next.getTicketsCount() != null) {
                    total = next.getTicketsCount();
                }
                merge(byId, next.getTickets());
            }
        }
        first.setTickets(new ArrayList<>(byId.values()));
        if (byId.size() < total) {
            LOG.warn("getTickets X_TXN_ID={}: {} distinct tickets read of the {} counted after {} passes over the "
                     + "pages; tickets kept changing while they were read.", transactionId, byId.size(), total,
                    MAX_PAGE_PASSES);
            first.markIncomplete();
        }
    }

    private static void merge(Map<String, Ticket> byId, List<Ticket> tickets) {
        for (Ticket ticket : tickets) {
            byId.merge(ticket.getId(), ticket, (known, seen) -> isNewer(seen, known) ? seen : known);
        }
    }

    private static boolean isNewer(Ticket candidate, Ticket known) {
        return candidate.updatedAt() != null
               && (known.updatedAt() == null || candidate.updatedAt().isAfter(known.updatedAt()));
    }

    private TicketPage fetchTickets(TicketQuery query, String transactionId) {
        StringBuilder uri = new StringBuilder(path("tickets").toString());
        char separator = '?';
        for (Map.Entry<String, String> parameter : query.toQueryParameters().entrySet()) {
            uri.append(separator).append(parameter.getKey()).append('=');
            appendEncoded(uri, parameter.getValue(), true);
            separator = '&';
        }
        TicketPage page = send(new HttpGet(URI.create(uri.toString())), null, "getTickets", transactionId,
                ticketPageReader);
        return page == null ? TicketPage.empty() : page;
    }

    /**
     * GET /tickets/{ticket_id}, by ticket id or by ECT number ({@code spectrumTicketNumber}).
     *
     * @return the ticket with its notes and customer action periods; {@code null} when the provider answers 204
     */
    public Ticket getTicket(String ticketId, String transactionId) {
        RequestValidator.requireId("getTicket", "ticketId", ticketId);
        return send(new HttpGet(path("tickets", ticketId)), null, "getTicket", transactionId, ticketReader);
    }

    /** GET /sites: the organization's active sites; empty when the provider answers 204. */
    public List<Site> getSites(String transactionId) {
        SiteList sites = send(new HttpGet(path("sites")), null, "getSites", transactionId,
                siteListReader);
        return sites == null ? List.of() : sites.getSites();
    }

    /** GET /circuits: the organization's active circuits; empty when the provider answers 204. */
    public List<Circuit> getCircuits(String transactionId) {
        CircuitList circuits = send(new HttpGet(path("circuits")), null, "getCircuits", transactionId,
                circuitListReader);
        return circuits == null ? List.of() : circuits.getCircuits();
    }

    /** GET /circuits/{circuit_id}: one circuit of the organization; {@code null} when the provider answers 204. */
    public Circuit getCircuit(String circuitId, String transactionId) {
        RequestValidator.requireId("getCircuit", "circuitId", circuitId);
        return send(new HttpGet(path("circuits", circuitId)), null, "getCircuit", transactionId,
                circuitReader);
    }

    /** POST /tickets: opens a ticket after checking every rule of the provider's document. */
    public CreateTicketResponse createTicket(CreateTicketRequest request, String transactionId) {
        RequestValidator.validate(request);
        return send(new HttpPost(path("tickets")), jsonEntity(request, "createTicket"), "createTicket",
                transactionId, createTicketReader);
    }

    /**
     * POST /tickets/{ticket_id}/notes: adds a note, or with {@code Customer-Closure} requests closure. The ticket may
     * be named by id or by ECT number (looked up once with GET /tickets/{number}, then remembered).
     */
    public TicketIdResponse addNote(String ticketId, NoteRequest note, String transactionId) {
        RequestValidator.validate(ticketId, note);
        String id = ticketIdFor(ticketId, "addNote", transactionId);
        return send(new HttpPost(path("tickets", id, "notes")), jsonEntity(note, "addNote"), "addNote",
                transactionId, ticketIdReader);
    }

    /**
     * POST /tickets/{ticket_id}/attachments: attaches one file of at most 1 MB, as multipart form data. The ticket may
     * be named by id or by ECT number, as for {@link #addNote}.
     */
    public TicketIdResponse addAttachment(String ticketId, Attachment attachment, String submitterId,
                                          String transactionId) {
        RequestValidator.validate(ticketId, attachment, submitterId);
        HttpEntity form = MultipartEntityBuilder.create()
                .addBinaryBody("file", attachment.getContent(), AttachmentTypes.contentType(attachment.getFileName()),
                        attachment.getFileName())
                .addTextBody("submitterId", submitterId, ContentType.TEXT_PLAIN.withCharset("utf-8"))
                .build();
        String id = ticketIdFor(ticketId, "addAttachment", transactionId);
        return send(new HttpPost(path("tickets", id, "attachments")), form, "addAttachment",
                transactionId, ticketIdReader);
    }

    /**
     * The ticket id for an id or an ECT number. The provider's document accepts an ECT number only on GET
     * /tickets/{ticket_id}; notes and attachments name the ticket by id. So an ECT number is looked up once with that
     * GET (same X_TXN_ID) and remembered: a ticket's number and id never change.
     */
    private String ticketIdFor(String idOrNumber, String operation, String transactionId) {
        if (!ECT_NUMBER.matcher(idOrNumber).matches()) {
            return idOrNumber;
        }
        String number = idOrNumber.toUpperCase(Locale.ROOT);
        String known = ticketIdsByNumber.get(number);
        if (known != null) {
            return known;
        }
        Ticket ticket = getTicket(number, transactionId);
        if (ticket == null || ticket.getId() == null || ticket.getId().isBlank()) {
            throw new SpectrumNotFoundException(operation, transactionId, 204, null,
                    "no ticket has the ECT number " + number, null);
        }
        if (ticketIdsByNumber.size() >= MAX_REMEMBERED_NUMBERS) {
            ticketIdsByNumber.clear();
        }
        ticketIdsByNumber.put(number, ticket.getId());
        LOG.debug("{}: ticket {} has id {}", operation, number, ticket.getId());
        return ticket.getId();
    }

    /** The token provider this client authenticates with. */
    public AccessTokenProvider getTokenProvider() {
        return tokens;
    }

    /** The API base URL requests are sent to. */
    public URI getBaseUri() {
        return baseUri;
    }

    private <T> T send(HttpUriRequestBase request, HttpEntity entity, String operation, String transactionId,
                       ObjectReader reader) {
        String txnId = transactionId == null || transactionId.isBlank() ? UUID.randomUUID().toString() : transactionId;
        request.setHeader(TRANSACTION_ID_HEADER, txnId);
        request.setHeader(HttpHeaders.ACCEPT, JSON_MEDIA_TYPE);
        if (entity != null) {
            request.setEntity(entity);
        }
        if (entity == null || entity instanceof ByteArrayEntity) {
            // The provider's documented spelling, on every JSON request and, as its examples do, on GETs too.
            request.setHeader(HttpHeaders.CONTENT_TYPE, JSON_MEDIA_TYPE);
        }
        if (requestConfig != null) {
            request.setConfig(requestConfig);
        }

        String token = tokens.getToken();
        Outcome<T> outcome = execute(request, token, operation, txnId, reader);
        if (outcome.unauthorized()) {
            LOG.debug("{} X_TXN_ID={}: token refused with 401. Will renew it and replay the request once.",
                    operation, txnId);
            tokens.invalidate(token);
            outcome = execute(request, tokens.getToken(), operation, txnId, reader);
        }
        if (outcome.error() != null) {
            throw outcome.error();
        }
        return outcome.value();
    }

    private <T> Outcome<T> execute(HttpUriRequestBase request, String token, String operation, String txnId,
                                   ObjectReader reader) {
        request.setHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        long started = System.nanoTime();
        try {
            Outcome<T> outcome = httpClient.execute(request, response -> read(response, operation, txnId, reader));
            if (LOG.isDebugEnabled()) {
                LOG.debug("{} {} X_TXN_ID={} answered {} in {} ms", request.getMethod(), request.getRequestUri(),
                        txnId, outcome.status(), (System.nanoTime() - started) / 1_000_000);
            }
            return outcome;
        } catch (UncheckedIOException e) {
            throw new SpectrumTransportException(operation + ": answer could not be read: "
                                                 + e.getCause().getMessage(), operation, txnId, e.getCause());
        } catch (IOException e) {
            throw new SpectrumTransportException(operation + ": " + request.getMethod() + " " + safeUri(request)
                                                 + " failed: " + e, operation, txnId, e);
        }
    }

    private <T> Outcome<T> read(ClassicHttpResponse response, String operation, String txnId, ObjectReader reader)
            throws IOException {
        int status = response.getCode();
        HttpEntity entity = response.getEntity();
        if (status == 204 || (status >= 200 && status < 300 && entity == null)) {
            EntityUtils.consume(entity);
            return new Outcome<>(status, null, null);
        }
        if (status >= 200 && status < 300) {
            try (InputStream content = entity.getContent(); JsonParser parser = mapper.createParser(content)) {
                // An empty 2xx body is read like a 204: there is nothing to map, which is not an error.
                T value = parser.nextToken() == null ? null : reader.readValue(parser);
                return new Outcome<>(status, value, null);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
        String body = ResponseBodies.readLimited(entity);
        return new Outcome<>(status, null, ErrorMapper.toException(mapper, operation, txnId, status, body));
    }

    private HttpEntity jsonEntity(Object body, String operation) {
        try {
            return new ByteArrayEntity(mapper.writeValueAsBytes(body), JSON);
        } catch (JsonProcessingException e) {
            throw new SpectrumValidationException(operation,
                    List.of(new Violation("body", "cannot be written as JSON: " + e.getOriginalMessage())));
        }
    }

    /**
     * The base URL with these path segments, each percent-encoded. Built by hand rather than with a URI builder: it
     * runs on every call, and ids are almost always plain letters, digits, dots and dashes.
     */
    private URI path(String... segments) {
        StringBuilder uri = new StringBuilder(baseUrl.length() + 64).append(baseUrl);
        for (String segment : segments) {
            uri.append('/');
            // "." and ".." are path steps, not names: encode them so an id can never walk up the path.
            appendEncoded(uri, segment, !segment.chars().allMatch(c -> c == '.'));
        }
        return URI.create(uri.toString());
    }

    /**
     * Percent-encodes all but RFC 3986's unreserved characters and, where allowed, the colon, which the provider's
     * own examples leave as is in dates ({@code 2023-11-01T16:00:00.000Z}). A space becomes {@code %20}.
     */
    private static void appendEncoded(StringBuilder uri, String value, boolean keepDotsAndColons) {
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                            || c == '-' || c == '_' || c == '~' || (keepDotsAndColons && (c == '.' || c == ':'));
            if (plain) {
                uri.append((char) c);
            } else {
                uri.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
    }

    private static URI toUri(String baseUrl) {
        try {
            return new URI(baseUrl);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Invalid Spectrum base URL: " + baseUrl, e);
        }
    }

    private static String safeUri(HttpUriRequestBase request) {
        try {
            URI uri = request.getUri();
            return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), null, null).toString();
        } catch (URISyntaxException e) {
            return request.getRequestUri();
        }
    }

    /** Creates a request configuration with the given timeouts. */
    public static RequestConfig requestConfig(Timeout connectTimeout, Timeout responseTimeout) {
        @SuppressWarnings("deprecation")
        RequestConfig config = RequestConfig.custom()
                .setConnectTimeout(connectTimeout)
                .setResponseTimeout(responseTimeout)
                .build();
        return config;
    }

    private record Outcome<T>(int status, T value, SpectrumApiException error) {

        boolean unauthorized() {
            return status == 401;
        }
    }
}
