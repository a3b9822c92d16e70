package dev.ticketbridge.spectrum.simulator;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A stateful simulator of the Spectrum Enterprise Ticketing API v2.0, served over real HTTP on the loopback
 * interface, for tests, demos and development without a Spectrum account.
 *
 * <p>It answers the token endpoint and every API operation as the provider's document describes them, quirks
 * included: tokens that expire, data scoped to the organization behind the token (403 for another's), paging 25 to a
 * page (on by default only when no query parameter is given), 204 for no data, the provider's error bodies. The
 * support desk's side ({@link #supportDesk()}) changes tickets the way Spectrum's staff would.
 *
 * <pre>{@code
 * try (SpectrumSimulator sim = SpectrumSimulator.builder().tokenLifetime(Duration.ofSeconds(5)).build()) {
 *     sim.start();
 *     String base = sim.baseUrl();       // http://localhost:PORT/entservices/ticketing-b2b/v1
 *     String tokenUrl = sim.tokenUrl();  // http://localhost:PORT/auth/oauth/v2/token
 *     Organization org = sim.defaultOrganization(); // demo-client / demo-secret
 *     sim.supportDesk().close("ECT-12345678");
 * }
 * }</pre>
 *
 * <p>It runs on WireMock: {@link #wireMock()} gives the server for its request journal and verification, and stubs
 * added there take precedence over the simulator's own answers. Fault helpers ({@link #injectFault},
 * {@link #failNext}, {@link #delay}) cover the common cases without writing stubs.
 *
 * <p>Thread-safe: requests, the support desk and a test may change the state at the same time. The URL accessors
 * throw {@link IllegalStateException} before {@link #start()}.
 */
public final class SpectrumSimulator implements AutoCloseable {

    /** The production API base path, the default. */
    public static final String DEFAULT_API_BASE_PATH = "/entservices/ticketing-b2b/v1";
    /** The production token path, the default. */
    public static final String DEFAULT_TOKEN_PATH = "/auth/oauth/v2/token";
    /** Where the simulator's own admin endpoints live, by default. */
    public static final String DEFAULT_ADMIN_PATH = "/simulator";
    /** The default organization's client id. */
    public static final String DEFAULT_CLIENT_ID = "demo-client";
    /** The default organization's client secret. */
    public static final String DEFAULT_CLIENT_SECRET = "demo-secret";
    /** The cxId of the default organization: the one in the provider's circuit examples. */
    public static final String DEFAULT_CX_ID = "2A8C9B32-D557-4170-ABC1-CDA9CE30D621";

    private static final Logger LOG = LoggerFactory.getLogger(SpectrumSimulator.class);
    private static final int STUB_PRIORITY = 100;

    private final Builder config;
    private final SimulatorClock clock = new SimulatorClock();
    private final SimulatorState state = new SimulatorState(clock);
    private final SupportDesk supportDesk = new SupportDesk(state);
    private final FaultPlan faults = new FaultPlan();
    private final ApiJson json;
    private final WireMockServer server;
    private ScheduledExecutorService activity;

    private SpectrumSimulator(Builder config) {
        this.config = config;
        ObjectMapper mapper = new ObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        this.json = new ApiJson(mapper);
        Responses responses = new Responses(json);
        SpectrumApi.SimulatorPaths paths = new SpectrumApi.SimulatorPaths(config.apiBasePath, config.tokenPath,
                config.adminPath);
        SpectrumApi api = new SpectrumApi(paths,
                new TokenEndpoint(state, responses, config.tokenLifetime),
                new TicketQueries(state, responses, config.apiBasePath),
                new TicketCommands(state, responses),
                new AdminEndpoint(state, supportDesk, responses, this::reset, this::describe),
                responses, faults);

        WireMockConfiguration options = WireMockConfiguration.options()
                .port(config.port)
                .bindAddress(config.bindAddress)
                .extensions(api);
        if (config.journalCapacity != null) {
            options.maxRequestJournalEntries(config.journalCapacity);
        }
        this.server = new WireMockServer(options);
        seed();
    }

    /**
     * Starts a configuration with the defaults: a free port, the production paths, tokens valid for an hour, the
     * default organization {@code demo-client}/{@code demo-secret} and the demo data.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts serving. Does nothing when already running.
     *
     * @return this simulator
     */
    public synchronized SpectrumSimulator start() {
        if (server.isRunning()) {
            return this;
        }
        server.start();
        installStub();
        if (config.supportDeskActivity != null) {
            startActivity(config.supportDeskActivity);
        }
        LOG.debug("Spectrum simulator started at {}", baseUrl());
        return this;
    }

    /** Stops serving and the simulated desk activity. Does nothing when not running; state is kept. */
    public synchronized void stop() {
        if (activity != null) {
            activity.shutdownNow();
            activity = null;
        }
        if (server.isRunning()) {
            server.stop();
            LOG.debug("Spectrum simulator stopped");
        }
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    /** @return whether the server is accepting requests */
    public boolean isRunning() {
        return server.isRunning();
    }

    /**
     * Puts the simulator back as it was built: the seeded organizations and data only, no tokens, an empty request
     * journal, no faults, no extra WireMock stubs, real time. The port stays the same.
     */
    public synchronized void reset() {
        faults.clear();
        clock.useSystemTime();
        state.clear();
        seed();
        if (server.isRunning()) {
            server.resetAll();
            installStub();
        }
    }

    /** @return the port the server listens on */
    public int port() {
        requireRunning();
        return server.port();
    }

    /** @return {@code http://localhost:PORT}, the root of every URL below */
    public String rootUrl() {
        return "http://localhost:" + port();
    }

    /** @return the API base URL, such as {@code http://localhost:PORT/entservices/ticketing-b2b/v1} */
    public String baseUrl() {
        return rootUrl() + config.apiBasePath;
    }

    /** @return the token endpoint URL, such as {@code http://localhost:PORT/auth/oauth/v2/token} */
    public String tokenUrl() {
        return rootUrl() + config.tokenPath;
    }

    /** @return the admin endpoints' URL, such as {@code http://localhost:PORT/simulator} */
    public String adminUrl() {
        return rootUrl() + config.adminPath;
    }

    /** @return how long issued tokens stay valid */
    public Duration tokenLifetime() {
        return config.tokenLifetime;
    }

    /** @return the organization the builder configured; demo data, when seeded, belongs to it */
    public Organization defaultOrganization() {
        return state.organization(config.defaultOrganization.clientId()).orElse(config.defaultOrganization);
    }

    /**
     * The organization that the demo data adds beside the default one ({@code other-client}/{@code other-secret}),
     * with its own site, circuit and tickets: use it to check that data never crosses organizations.
     *
     * @return the second organization
     * @throws IllegalStateException when the simulator was built without demo data
     */
    public Organization otherOrganization() {
        return state.organization(DemoData.OTHER_CLIENT_ID)
                .orElseThrow(() -> new IllegalStateException("There is no second organization without demo data"));
    }

    /** @return every organization, the default one first */
    public List<Organization> organizations() {
        return state.organizations();
    }

    /**
     * Adds an organization with no data; its client id must be new.
     *
     * @param organization the organization
     * @return the same organization
     */
    public Organization addOrganization(Organization organization) {
        state.addOrganization(organization);
        return organization;
    }

    /**
     * Adds an organization with a random {@code cxId}.
     *
     * @param name         display name
     * @param clientId     a new client id
     * @param clientSecret its secret
     * @return the organization
     */
    public Organization addOrganization(String name, String clientId, String clientSecret) {
        return addOrganization(Organization.of(name, clientId, clientSecret));
    }

    /**
     * Adds (or replaces) a site of an organization.
     *
     * @param organization the owner
     * @param site         the site; its {@code siteGuid} must not belong to another organization
     * @return the site
     */
    public Site addSite(Organization organization, Site site) {
        state.addSite(organization.clientId(), site);
        return site;
    }

    /**
     * Adds (or replaces) a circuit of an organization.
     *
     * @param organization the owner
     * @param circuit      the circuit; its site must already be a site of the organization
     * @return the circuit
     */
    public Circuit addCircuit(Organization organization, Circuit circuit) {
        state.addCircuit(organization.clientId(), circuit);
        return circuit;
    }

    /**
     * Adds a ticket to an organization. Unset fields get a new ticket's values: a random id, the next
     * {@code ECT-} number, created and updated now, the site's billing account.
     *
     * @param organization the owner
     * @param ticket       the ticket to add
     * @return the stored ticket
     */
    public SimulatedTicket addTicket(Organization organization, SimulatedTicket.Builder ticket) {
        return state.addTicket(organization.clientId(), ticket);
    }

    /**
     * Adds {@code count} generated tickets to an organization, spread over the last eleven months, about 40%
     * closed, at its sites. 10,000 take well under a second.
     *
     * @param organization the owner
     * @param count        how many
     * @return the tickets added
     */
    public List<SimulatedTicket> generateTickets(Organization organization, int count) {
        return generateTickets(organization, count, new Random().nextLong());
    }

    /**
     * Same as {@link #generateTickets(Organization, int)} with a seed, for repeatable data.
     *
     * @param organization the owner
     * @param count        how many
     * @param seed         the random seed
     * @return the tickets added
     */
    public List<SimulatedTicket> generateTickets(Organization organization, int count, long seed) {
        return new TicketGenerator(state).generate(organization.clientId(), count, new Random(seed));
    }

    /**
     * Finds a ticket of any organization.
     *
     * @param idOrNumber ticket id or {@code ECT-} number
     * @return the current snapshot, or empty
     */
    public Optional<SimulatedTicket> ticket(String idOrNumber) {
        return state.findTicket(idOrNumber).map(SimulatorState.StoredTicket::ticket);
    }

    /**
     * Every ticket of an organization, including those older than the API's 12-month window, in creation order of
     * the simulator (not sorted).
     *
     * @param organization the owner
     * @return snapshots of its tickets
     */
    public List<SimulatedTicket> tickets(Organization organization) {
        return state.tickets(organization.clientId());
    }

    /** @return the support desk, to change tickets as Spectrum's staff would */
    public SupportDesk supportDesk() {
        return supportDesk;
    }

    /** @return the clock behind every date and token expiry; real time unless a test changes it */
    public SimulatorClock clock() {
        return clock;
    }

    /**
     * Issues a token without an HTTP call, for tests that are not about authentication.
     *
     * @param organization the organization the token acts for
     * @return a bearer token valid for {@link #tokenLifetime()}
     */
    public String issueToken(Organization organization) {
        return state.issueToken(organization.clientId(), config.tokenLifetime);
    }

    /** Forgets every issued token: the next API call with any of them answers 401 "Invalid access token". */
    public void revokeTokens() {
        state.revokeTokens();
    }

    /** @return the WireMock server, for its journal, verification and extra stubs (which win over the simulator) */
    public WireMockServer wireMock() {
        return server;
    }

    /** @return every request received since the start or the last reset, oldest first */
    public List<LoggedRequest> requests() {
        List<LoggedRequest> requests = new ArrayList<>();
        for (ServeEvent event : server.getAllServeEvents()) {
            requests.add(event.getRequest());
        }
        Collections.reverse(requests);
        return requests;
    }

    /**
     * The requests whose path (without query) matches a regular expression, oldest first.
     *
     * @param pathRegex such as {@code .+/tickets}
     * @return the matching requests
     */
    public List<LoggedRequest> requestsTo(String pathRegex) {
        Pattern pattern = Pattern.compile(pathRegex);
        List<LoggedRequest> matching = new ArrayList<>();
        for (LoggedRequest request : requests()) {
            String url = request.getUrl();
            int query = url.indexOf('?');
            if (pattern.matcher(query < 0 ? url : url.substring(0, query)).matches()) {
                matching.add(request);
            }
        }
        return matching;
    }

    /** @return how many requests reached the token endpoint, successful or not */
    public int tokenRequestCount() {
        return requestsTo(Pattern.quote(config.tokenPath)).size();
    }

    /** @return the {@code X_TXN_ID} header of the latest request that had one */
    public Optional<String> lastTransactionId() {
        List<LoggedRequest> requests = requests();
        for (int i = requests.size() - 1; i >= 0; i--) {
            LoggedRequest request = requests.get(i);
            if (request.containsHeader(SpectrumApi.TRANSACTION_HEADER)) {
                return Optional.of(request.getHeader(SpectrumApi.TRANSACTION_HEADER));
            }
        }
        return Optional.empty();
    }

    /** Empties the request journal. */
    public void resetRequests() {
        server.resetRequests();
    }

    /**
     * Answers every request whose path matches with a network fault (such as
     * {@link Fault#CONNECTION_RESET_BY_PEER} or {@link Fault#EMPTY_RESPONSE}) until {@link #clearFaults()}.
     *
     * @param pathRegex regular expression for the whole path, without the query
     * @param fault     the fault
     */
    public void injectFault(String pathRegex, Fault fault) {
        injectFault(pathRegex, fault, FaultPlan.FOREVER);
    }

    /**
     * Answers the next {@code times} matching requests with a network fault, then answers normally again.
     *
     * @param pathRegex regular expression for the whole path, without the query
     * @param fault     the fault
     * @param times     how many requests
     */
    public void injectFault(String pathRegex, Fault fault, int times) {
        faults.replace(pathRegex, ResponseDefinitionBuilder.responseDefinition().withFault(fault).build(), times);
    }

    /**
     * Answers the next {@code times} matching requests with a status and a body in the provider's shapes: the
     * invalid-token body for 401, {@code {"message": ...}} otherwise. The requests change nothing.
     *
     * @param pathRegex regular expression for the whole path, without the query
     * @param status    the HTTP status, such as 500 or 503
     * @param times     how many requests
     */
    public void failNext(String pathRegex, int status, int times) {
        String body = status == 401
                ? "{\"resultMessage\":\"Invalid access token\",\"resultCode\":\"2076\","
                        + "\"resultCodeName\":\"INVALID_TOKEN\"}"
                : json.write(json.message(status >= 500
                        ? "The service is temporarily unavailable. Please try again later."
                        : "Simulated failure"));
        failNext(pathRegex, status, body, times);
    }

    /**
     * Answers the next {@code times} matching requests with the given status and JSON body.
     *
     * @param pathRegex regular expression for the whole path, without the query
     * @param status    the HTTP status
     * @param jsonBody  the body, or {@code null} for none
     * @param times     how many requests
     */
    public void failNext(String pathRegex, int status, String jsonBody, int times) {
        ResponseDefinitionBuilder response = ResponseDefinitionBuilder.responseDefinition().withStatus(status);
        if (jsonBody != null) {
            response.withHeader("Content-Type", "application/json;charset=UTF-8").withBody(jsonBody);
        }
        faults.replace(pathRegex, response.build(), times);
    }

    /**
     * Delays every answer to a matching path (faults included) until {@link #clearFaults()}; the longest of several
     * matching delays applies.
     *
     * @param pathRegex regular expression for the whole path, without the query
     * @param delay     how long to wait before answering
     */
    public void delay(String pathRegex, Duration delay) {
        faults.delay(pathRegex, delay);
    }

    /** Removes every fault, failure and delay asked for through this class. */
    public void clearFaults() {
        faults.clear();
    }

    private void seed() {
        state.addOrganization(config.defaultOrganization);
        if (config.seedDemoData) {
            DemoData.seed(state, config.defaultOrganization);
        }
    }

    private void installStub() {
        server.stubFor(WireMock.any(WireMock.anyUrl()).atPriority(STUB_PRIORITY)
                .willReturn(WireMock.aResponse().withTransformers(SpectrumApi.NAME)));
    }

    private void startActivity(Duration every) {
        Random random = new Random();
        activity = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "spectrum-simulator-support-desk");
            thread.setDaemon(true);
            return thread;
        });
        activity.scheduleAtFixedRate(() -> {
            try {
                supportDesk.actOnRandomOpenTicket(random);
            } catch (RuntimeException e) {
                LOG.warn("Simulated support desk action failed: {}. Will try again in {}.", e.toString(), every);
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private ObjectNode describe() {
        ObjectNode node = json.mapper().createObjectNode();
        node.put("baseUrl", baseUrl());
        node.put("tokenUrl", tokenUrl());
        node.put("tokenLifetimeSeconds", config.tokenLifetime.toSeconds());
        ArrayNode organizations = node.putArray("organizations");
        for (Organization organization : state.organizations()) {
            ObjectNode o = organizations.addObject();
            o.put("name", organization.name());
            o.put("clientId", organization.clientId());
            o.put("cxId", organization.cxId());
            o.put("tickets", state.tickets(organization.clientId()).size());
        }
        return node;
    }

    private void requireRunning() {
        if (!server.isRunning()) {
            throw new IllegalStateException("The simulator is not running: call start() first");
        }
    }

    /** Configures a {@link SpectrumSimulator}; every setter returns the builder. */
    public static final class Builder {

        private int port;
        private String bindAddress = "127.0.0.1";
        private Duration tokenLifetime = Duration.ofHours(1);
        private Organization defaultOrganization =
                new Organization("Demo Organization", DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, DEFAULT_CX_ID);
        private boolean seedDemoData = true;
        private String apiBasePath = DEFAULT_API_BASE_PATH;
        private String tokenPath = DEFAULT_TOKEN_PATH;
        private String adminPath = DEFAULT_ADMIN_PATH;
        private Integer journalCapacity;
        private Duration supportDeskActivity;

        private Builder() {
        }

        /** @param port the port to listen on; 0 (the default) picks a free one */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /**
         * @param address the address to listen on; {@code 127.0.0.1} (loopback only) by default. {@code 0.0.0.0}
         *                exposes the simulator to other machines, for example from inside a container
         */
        public Builder bindAddress(String address) {
            this.bindAddress = Objects.requireNonNull(address, "address");
            return this;
        }

        /** @param lifetime how long tokens stay valid; one hour by default, as on Spectrum */
        public Builder tokenLifetime(Duration lifetime) {
            if (lifetime.isNegative() || lifetime.isZero()) {
                throw new IllegalArgumentException("The token lifetime must be positive");
            }
            this.tokenLifetime = lifetime;
            return this;
        }

        /**
         * @param clientId     the default organization's client id; {@value #DEFAULT_CLIENT_ID} by default
         * @param clientSecret its secret; {@value #DEFAULT_CLIENT_SECRET} by default
         */
        public Builder credentials(String clientId, String clientSecret) {
            this.defaultOrganization = new Organization(defaultOrganization.name(), clientId, clientSecret,
                    defaultOrganization.cxId());
            return this;
        }

        /** @param organization the default organization, replacing {@code demo-client} */
        public Builder defaultOrganization(Organization organization) {
            this.defaultOrganization = Objects.requireNonNull(organization, "organization");
            return this;
        }

        /**
         * @param seed whether to load the demo data (true by default): sites, circuits and tickets for the default
         *             organization, and a second organization {@code other-client}; without it the default
         *             organization starts empty and alone
         */
        public Builder seedDemoData(boolean seed) {
            this.seedDemoData = seed;
            return this;
        }

        /** @param path the API base path; {@value #DEFAULT_API_BASE_PATH} by default */
        public Builder apiBasePath(String path) {
            this.apiBasePath = normalise(path);
            return this;
        }

        /** @param path the token path; {@value #DEFAULT_TOKEN_PATH} by default */
        public Builder tokenPath(String path) {
            this.tokenPath = normalise(path);
            return this;
        }

        /** @param path the admin endpoints' path; {@value #DEFAULT_ADMIN_PATH} by default */
        public Builder adminPath(String path) {
            this.adminPath = normalise(path);
            return this;
        }

        /** @param capacity how many requests the journal keeps (oldest dropped first); unlimited by default */
        public Builder journalCapacity(int capacity) {
            this.journalCapacity = capacity;
            return this;
        }

        /** @param every how often the simulated support desk changes a random open ticket; off by default */
        public Builder supportDeskActivity(Duration every) {
            this.supportDeskActivity = every;
            return this;
        }

        /** @return the simulator, not yet started */
        public SpectrumSimulator build() {
            return new SpectrumSimulator(this);
        }

        private static String normalise(String path) {
            String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
            return trimmed.startsWith("/") ? trimmed : "/" + trimmed;
        }
    }
}
