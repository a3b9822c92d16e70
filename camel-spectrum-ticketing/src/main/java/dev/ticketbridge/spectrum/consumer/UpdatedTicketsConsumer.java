package dev.ticketbridge.spectrum.consumer;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Queue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ticketbridge.spectrum.SpectrumTicketingConfiguration;
import dev.ticketbridge.spectrum.SpectrumTicketingConstants;
import dev.ticketbridge.spectrum.SpectrumTicketingEndpoint;
import dev.ticketbridge.spectrum.client.SpectrumAuthenticationException;
import dev.ticketbridge.spectrum.client.SpectrumTicketingException;
import dev.ticketbridge.spectrum.client.SpectrumTransportException;
import dev.ticketbridge.spectrum.model.Ticket;
import dev.ticketbridge.spectrum.model.TicketPage;
import dev.ticketbridge.spectrum.model.TicketQuery;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Processor;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.Synchronization;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The consumer of {@code spectrum-ticketing:updatedTickets}: polls GET /tickets for tickets changed since its cursor
 * and sends one exchange per new or changed ticket, oldest change first.
 *
 * <p>Each poll asks, in one unpaged request, for the tickets updated since the cursor minus the overlap window,
 * skips the changes already delivered (by ticket id and {@code dateUpdated}), and sends the rest in order, at most
 * {@code maxMessagesPerPoll} of them. When an exchange completes, the ticket is recorded as delivered and the cursor
 * moves up to it, provided every older change of the poll completed too; both are written to the state repository
 * at once. When an exchange fails, the rest of the poll is left undelivered and the next poll fetches them again.
 * So a change is delivered at least once, and more than once only when the route failed or the process stopped
 * between handing it on and recording it.
 *
 * <p>A request that fails (the provider unavailable or unreachable, credentials refused) fails the whole poll: the
 * scheduler's backoff applies and nothing is recorded past the last completed exchange. A single ticket whose details
 * cannot be read for another reason (gone, or out of scope) is sent with the exception set, for the route's error
 * handler to decide.
 *
 * <p>The state is read from the repository at the start of every poll, so that another node that took over the
 * polling (see the clustering section of the docs) continues where the previous one stopped.
 */
public class UpdatedTicketsConsumer extends ScheduledBatchPollingConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(UpdatedTicketsConsumer.class);

    /** The provider answers about tickets of the last 12 months only. */
    private static final int PROVIDER_MONTHS = 12;

    private final SpectrumTicketingEndpoint endpoint;
    private final SpectrumTicketingConfiguration configuration;
    private final ObjectMapper mapper;
    private final Clock clock;
    private StateRepository<String, String> stateRepository;
    private String stateKey;
    private long overlapSeconds;
    private boolean horizonWarned;

    /** The state of the current poll, reloaded from the repository at its start; guarded by {@code this}. */
    private ConsumerState state;

    public UpdatedTicketsConsumer(SpectrumTicketingEndpoint endpoint, Processor processor) {
        this(endpoint, processor, Clock.systemUTC());
    }

    UpdatedTicketsConsumer(SpectrumTicketingEndpoint endpoint, Processor processor, Clock clock) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.configuration = endpoint.getConfiguration();
        this.mapper = endpoint.getObjectMapper();
        this.clock = clock;
    }

    @Override
    public SpectrumTicketingEndpoint getEndpoint() {
        return endpoint;
    }

    /** The key of this consumer's entry in the state repository. */
    public String getStateKey() {
        return stateKey;
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        if (configuration.getOverlapWindow() < 0) {
            throw new IllegalArgumentException("overlapWindow must not be negative, was "
                                               + configuration.getOverlapWindow() + " ms");
        }
        if (configuration.getInitialLookback() <= 0) {
            throw new IllegalArgumentException("initialLookback must be positive, was "
                                               + configuration.getInitialLookback() + " ms");
        }
        overlapSeconds = (configuration.getOverlapWindow() + 999) / 1000;
        stateKey = isBlank(configuration.getStateKey()) ? defaultStateKey() : configuration.getStateKey();
        stateRepository = configuration.getStateRepository() == null
                ? new MemoryStateRepository() : configuration.getStateRepository();
        if (stateRepository instanceof MemoryStateRepository) {
            LOG.warn("spectrum-ticketing:updatedTickets keeps its cursor in memory (no stateRepository, or a "
                     + "MemoryStateRepository). After a restart of the application it starts again from "
                     + "initialLookback ({} ms), so changes made while it was down and older than that are not "
                     + "delivered.", configuration.getInitialLookback());
        }
    }

    private String defaultStateKey() {
        String key = "spectrum-ticketing:updatedTickets:" + configuration.getClientId();
        return isBlank(configuration.getStatus()) ? key : key + ":" + configuration.getStatus();
    }

    @Override
    protected void doStart() throws Exception {
        // Started if the user has not; never stopped here, as other consumers or nodes may share it.
        ServiceHelper.startService(stateRepository);
        super.doStart();
        LOG.debug("Started polling for updated tickets, state key {}", stateKey);
    }

    @Override
    protected int poll() throws Exception {
        shutdownRunningTask = null;
        pendingExchanges = 0;

        Instant now = clock.instant();
        ConsumerState current = loadState(now);
        long since = since(current, now);
        TicketQuery query = TicketQuery.all()
                .status(isBlank(configuration.getStatus()) ? null : configuration.getStatus())
                .updateDateStart(Instant.ofEpochSecond(since));
        TicketPage page = endpoint.client().getTickets(query, null);
        if (!page.isComplete()) {
            // A ticket skipped now would be passed by the cursor for good: fail the poll, the next one reads again.
            throw new SpectrumTransportException("The provider paged the changed tickets and they kept shifting while "
                                                 + "they were read; nothing was delivered from this poll",
                    "updatedTickets", null, null);
        }

        List<PendingChange> changes = select(page.getTickets(), current, since);
        int limit = maxMessagesPerPoll > 0 ? Math.min(maxMessagesPerPoll, changes.size()) : changes.size();
        LOG.debug("Tickets updated since {}: {} listed, {} not delivered yet, {} sent in this poll",
                Instant.ofEpochSecond(since), page.getTickets().size(), changes.size(), limit);
        if (limit == 0) {
            return 0;
        }
        return processBatch(new ArrayDeque<>(changes.subList(0, limit)));
    }

    private synchronized ConsumerState loadState(Instant now) {
        String stored = stateRepository.getState(stateKey);
        if (stored == null || stored.isBlank()) {
            state = ConsumerState.startingAt(now.minusMillis(configuration.getInitialLookback()).getEpochSecond());
            // Written at once, so that a restart before the first change keeps this horizon instead of a later one.
            save();
            LOG.debug("No state under key {}: starting from {}", stateKey, Instant.ofEpochSecond(state.cursor()));
        } else {
            state = ConsumerState.fromJson(mapper, stored, stateKey);
        }
        return state;
    }

    private long since(ConsumerState current, Instant now) {
        long since = current.cursor() - overlapSeconds;
        long oldest = now.atZone(ZoneOffset.UTC).minusMonths(PROVIDER_MONTHS).toEpochSecond() + 1;
        if (since < oldest) {
            if (!horizonWarned) {
                horizonWarned = true;
                LOG.warn("updatedTickets would ask for changes since {}, before the provider's 12 months. Will ask "
                         + "from {} instead; older changes can no longer be read.", Instant.ofEpochSecond(since),
                        Instant.ofEpochSecond(oldest));
            }
            return oldest;
        }
        return since;
    }

    /**
     * The listed tickets not delivered yet at their {@code dateUpdated}, oldest first. A ticket listed twice in one
     * answer counts once, at its latest change.
     */
    static List<PendingChange> select(List<Ticket> tickets, ConsumerState current, long since) {
        Map<String, PendingChange> changes = new LinkedHashMap<>();
        for (Ticket ticket : tickets) {
            if (isBlank(ticket.getId()) || ticket.updatedAt() == null) {
                LOG.warn("Ticket {} has no id or no dateUpdated: it is skipped, as its changes cannot be tracked.",
                        ticket.getSpectrumTicketNumber());
                continue;
            }
            DeliveredTicket previous = current.delivered(ticket.getId());
            if (previous == null || previous.dateUpdated() < ticket.updatedAt().getEpochSecond()) {
                changes.merge(ticket.getId(), new PendingChange(ticket, previous, since),
                        (one, other) -> other.dateUpdated() > one.dateUpdated() ? other : one);
            }
        }
        List<PendingChange> ordered = new ArrayList<>(changes.values());
        ordered.sort(PendingChange.OLDEST_FIRST);
        return ordered;
    }

    @Override
    public int processBatch(Queue<Object> exchanges) throws Exception {
        List<PendingChange> changes = new ArrayList<>();
        exchanges.forEach(change -> changes.add((PendingChange) change));
        BatchProgress progress = new BatchProgress(changes);

        int delivered = 0;
        for (int index = 0; index < progress.size() && isBatchAllowed(); index++) {
            pendingExchanges = progress.size() - index - 1;
            PendingChange change = progress.get(index);
            Exchange exchange = createExchange(false);
            try {
                prepare(exchange, change, index, progress);
                getProcessor().process(exchange);
            } catch (SpectrumTicketingException e) {
                // The provider failed on the details: fail the poll, so that backoff applies; nothing is recorded.
                releaseExchange(exchange, false);
                throw e;
            } catch (Exception e) {
                exchange.setException(e);
            }
            boolean failed = exchange.isFailed() || exchange.isRollbackOnly();
            if (exchange.getException() != null) {
                getExceptionHandler().handleException("Ticket " + change.ticketId() + " updated at "
                                                      + Instant.ofEpochSecond(change.dateUpdated())
                                                      + " was not delivered. It and the " + pendingExchanges
                                                      + " later change(s) of this poll will be sent again by the next "
                                                      + "poll.",
                        exchange, exchange.getException());
            }
            releaseExchange(exchange, false);
            if (failed) {
                break;
            }
            delivered++;
        }
        return delivered;
    }

    private void prepare(Exchange exchange, PendingChange change, int index, BatchProgress progress) {
        Ticket body = change.listed();
        if (configuration.isFetchDetails()) {
            try {
                Ticket detail = endpoint.client().getTicket(change.ticketId(), null);
                body = detail == null ? body : detail;
            } catch (SpectrumTicketingException e) {
                if (e.isRetryable() || e instanceof SpectrumAuthenticationException) {
                    throw e;
                }
                // Specific to this ticket (such as 404 or 403): the route's error handler decides whether to skip it.
                exchange.setException(e);
            }
        }
        Ticket delivered = body;
        exchange.getMessage().setBody(delivered);
        exchange.getMessage().setHeader(SpectrumTicketingConstants.TICKET_ID, delivered.getId());
        exchange.getMessage().setHeader(SpectrumTicketingConstants.SPECTRUM_TICKET_NUMBER,
                delivered.getSpectrumTicketNumber());
        exchange.getMessage().setHeader(SpectrumTicketingConstants.CHANGE_KIND, change.kindOf(delivered).name());
        if (configuration.isFetchDetails()) {
            exchange.getMessage().setHeader(SpectrumTicketingConstants.NEW_NOTES, change.newNotes(delivered));
        }
        exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, index);
        exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, progress.size());
        exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, index == progress.size() - 1);
        exchange.getExchangeExtension().addOnCompletion(new Synchronization() {
            @Override
            public void onComplete(Exchange completed) {
                commit(progress, index, change.deliveredAs(delivered));
            }

            @Override
            public void onFailure(Exchange failed) {
                LOG.debug("Ticket {} not delivered: the cursor stays before it", change.ticketId());
            }
        });
    }

    private synchronized void commit(BatchProgress progress, int index, DeliveredTicket delivered) {
        PendingChange change = progress.get(index);
        state.recordDelivered(change.ticketId(), delivered);
        OptionalLong cursor = progress.complete(index);
        if (cursor.isPresent()) {
            state.advanceCursor(cursor.getAsLong());
            state.prune(state.cursor() - overlapSeconds);
        }
        save();
    }

    private void save() {
        stateRepository.setState(stateKey, state.toJson(mapper));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
