package dev.ticketbridge.spectrum.springboot;

import java.time.Duration;

import dev.ticketbridge.spectrum.SpectrumTicketingConfiguration;
import dev.ticketbridge.spectrum.client.TokenAuthMethod;
import dev.ticketbridge.spectrum.model.NoteAction;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The options of the {@code spectrum-ticketing} component, bound from {@code camel.component.spectrum-ticketing.*}.
 *
 * <p>Each option is the component option of the same name, and only the properties that are set are applied: one
 * left unset keeps the component's default, or what the application's code or the {@code configuration} bean set.
 * The defaults the IDE shows are the component's, listed in {@code additional-spring-configuration-metadata.json}.
 * An endpoint URI option still wins for its endpoint. The client secret binds like any other property, so it can come
 * from the environment ({@code CAMEL_COMPONENT_SPECTRUMTICKETING_CLIENTSECRET}), a Spring placeholder or a Camel vault
 * placeholder; it is never part of {@link #toString()}.
 */
@ConfigurationProperties(prefix = "camel.component.spectrum-ticketing")
public class SpectrumTicketingComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    /** The base URL of the Ticketing API. Change it for the provider's test gateway, a proxy, or the simulator. */
    private String baseUrl;

    /** The URL of the OAuth2 token endpoint. */
    private String tokenUrl;

    /** The OAuth2 client id the provider issued at onboarding. */
    private String clientId;

    /**
     * The OAuth2 client secret the provider issued at onboarding; set it from the environment or a vault, never in
     * a committed file. It is never logged nor shown.
     */
    private String clientSecret;

    /**
     * How the client credentials are sent to the token endpoint: FORM as form fields, BASIC in an HTTP Basic
     * Authorization header. The provider accepts both.
     */
    private TokenAuthMethod tokenAuthMethod;

    /**
     * How long before its advertised expiry a cached access token is renewed; capped at a tenth of the token's
     * lifetime. A bare number is milliseconds.
     */
    private Duration tokenExpiryMargin;

    /** How long to wait for a connection to the provider before the call fails as retryable. */
    private Duration connectTimeout;

    /** How long to wait for the provider to answer before the call fails as retryable. */
    private Duration responseTimeout;

    /** How many connections to the provider the component keeps open at most. */
    private Integer maxConnections;

    /**
     * A custom Apache HttpClient 5 to send requests with, such as one with a proxy or a custom TLS setup; a
     * reference to a bean such as #myHttpClient. The component does not close a client it did not create.
     */
    private CloseableHttpClient httpClient;

    /**
     * The submitter (user id, usually an email address) for createTicket, addNote and addAttachment when neither
     * the body nor the CamelSpectrumTicketingSubmitterId header names one.
     */
    private String submitterId;

    /**
     * The ticket id or ECT number for getTicket, addNote and addAttachment when the CamelSpectrumTicketingTicketId
     * header is absent.
     */
    private String ticketId;

    /** The circuit id for getCircuit when the CamelSpectrumTicketingCircuitId header is absent. */
    private String circuitId;

    /** The action of notes sent by addNote: CUSTOMER_NOTE adds a note, CUSTOMER_CLOSURE asks for closure. */
    private NoteAction noteAction;

    /** The file name of attachments when the CamelSpectrumTicketingFileName header is absent. */
    private String fileName;

    /** Only tickets with this status, In Progress or Closed; both when not set. For getTickets and the consumer. */
    private String status;

    /** getTickets: only tickets opened at or after this ISO-8601 time, such as 2024-03-01T00:00:00Z. */
    private String openDateStart;

    /** getTickets: only tickets opened at or before this ISO-8601 time. */
    private String openDateEnd;

    /** getTickets: only tickets updated at or after this ISO-8601 time. */
    private String updateDateStart;

    /** getTickets: only tickets updated at or before this ISO-8601 time. */
    private String updateDateEnd;

    /** getTickets: only tickets resolved at or after this ISO-8601 time. */
    private String resolvedDateStart;

    /** getTickets: only tickets resolved at or before this ISO-8601 time. */
    private String resolvedDateEnd;

    /** getTickets: only tickets closed at or after this ISO-8601 time. */
    private String closedDateStart;

    /** getTickets: only tickets closed at or before this ISO-8601 time. */
    private String closedDateEnd;

    /** getTickets: return only this page (from 1) of 25 tickets; when not set, every matching ticket. */
    private Integer pageNumber;

    /**
     * updatedTickets: how far back the consumer looks on its very first poll, when the state repository has no
     * cursor yet. Changes older than that are not delivered; the provider answers about the last 12 months only.
     */
    private Duration initialLookback;

    /**
     * updatedTickets: how far before its cursor each poll asks again, so that a change the provider lists late is
     * still delivered; changes inside the window that were delivered already are skipped.
     */
    private Duration overlapWindow;

    /**
     * updatedTickets: the most changes sent by one poll, oldest first; the rest follow in the next polls. 0 or less
     * for no limit.
     */
    private Integer maxMessagesPerPoll;

    /**
     * updatedTickets: read each changed ticket on its own (one request per change) so that the body carries its
     * notes and customer action periods.
     */
    private Boolean fetchDetails;

    /**
     * updatedTickets: where the consumer keeps its cursor and what it delivered, so that a restart continues without
     * losing or repeating changes; a reference to a bean such as #myStateRepository. In memory when not set.
     */
    private StateRepository<String, String> stateRepository;

    /**
     * updatedTickets: the key of the consumer's entry in the state repository; give each consumer its own key when
     * several share a repository. Derived from the clientId (and the status) when not set.
     */
    private String stateKey;

    /**
     * The shared options of every endpoint as one object, a reference to a bean such as #myConfiguration; the single
     * options set beside it change it.
     */
    private SpectrumTicketingConfiguration configuration;

    /**
     * Whether consumers route their polling errors to the route's error handler (as exchanges with the exception)
     * instead of only logging them.
     */
    private Boolean bridgeErrorHandler;

    /**
     * Whether producers start on their first message rather than with the route, so that a route can start while
     * the provider is unreachable; the first message then takes longer.
     */
    private Boolean lazyStartProducer;

    /** Whether options such as the HTTP client are taken from the only bean of their type, when not set. */
    private Boolean autowiredEnabled;

    /** Whether the updatedTickets consumers report their polling health to Camel's health API. */
    private Boolean healthCheckConsumerEnabled;

    /**
     * Whether producers report their health (token endpoint reachable, credentials accepted) to Camel's health
     * API. Camel reports producer checks only when camel.health.producers-enabled is true.
     */
    private Boolean healthCheckProducerEnabled;

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getTokenUrl() {
        return tokenUrl;
    }

    public void setTokenUrl(String tokenUrl) {
        this.tokenUrl = tokenUrl;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public TokenAuthMethod getTokenAuthMethod() {
        return tokenAuthMethod;
    }

    public void setTokenAuthMethod(TokenAuthMethod tokenAuthMethod) {
        this.tokenAuthMethod = tokenAuthMethod;
    }

    public Duration getTokenExpiryMargin() {
        return tokenExpiryMargin;
    }

    public void setTokenExpiryMargin(Duration tokenExpiryMargin) {
        this.tokenExpiryMargin = tokenExpiryMargin;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Duration getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(Duration responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public Integer getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(Integer maxConnections) {
        this.maxConnections = maxConnections;
    }

    public CloseableHttpClient getHttpClient() {
        return httpClient;
    }

    public void setHttpClient(CloseableHttpClient httpClient) {
        this.httpClient = httpClient;
    }

    public String getSubmitterId() {
        return submitterId;
    }

    public void setSubmitterId(String submitterId) {
        this.submitterId = submitterId;
    }

    public String getTicketId() {
        return ticketId;
    }

    public void setTicketId(String ticketId) {
        this.ticketId = ticketId;
    }

    public String getCircuitId() {
        return circuitId;
    }

    public void setCircuitId(String circuitId) {
        this.circuitId = circuitId;
    }

    public NoteAction getNoteAction() {
        return noteAction;
    }

    public void setNoteAction(NoteAction noteAction) {
        this.noteAction = noteAction;
    }

    public String getFileName() {
        return fileName;
    }

    public void setFileName(String fileName) {
        this.fileName = fileName;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getOpenDateStart() {
        return openDateStart;
    }

    public void setOpenDateStart(String openDateStart) {
        this.openDateStart = openDateStart;
    }

    public String getOpenDateEnd() {
        return openDateEnd;
    }

    public void setOpenDateEnd(String openDateEnd) {
        this.openDateEnd = openDateEnd;
    }

    public String getUpdateDateStart() {
        return updateDateStart;
    }

    public void setUpdateDateStart(String updateDateStart) {
        this.updateDateStart = updateDateStart;
    }

    public String getUpdateDateEnd() {
        return updateDateEnd;
    }

    public void setUpdateDateEnd(String updateDateEnd) {
        this.updateDateEnd = updateDateEnd;
    }

    public String getResolvedDateStart() {
        return resolvedDateStart;
    }

    public void setResolvedDateStart(String resolvedDateStart) {
        this.resolvedDateStart = resolvedDateStart;
    }

    public String getResolvedDateEnd() {
        return resolvedDateEnd;
    }

    public void setResolvedDateEnd(String resolvedDateEnd) {
        this.resolvedDateEnd = resolvedDateEnd;
    }

    public String getClosedDateStart() {
        return closedDateStart;
    }

    public void setClosedDateStart(String closedDateStart) {
        this.closedDateStart = closedDateStart;
    }

    public String getClosedDateEnd() {
        return closedDateEnd;
    }

    public void setClosedDateEnd(String closedDateEnd) {
        this.closedDateEnd = closedDateEnd;
    }

    public Integer getPageNumber() {
        return pageNumber;
    }

    public void setPageNumber(Integer pageNumber) {
        this.pageNumber = pageNumber;
    }

    public Duration getInitialLookback() {
        return initialLookback;
    }

    public void setInitialLookback(Duration initialLookback) {
        this.initialLookback = initialLookback;
    }

    public Duration getOverlapWindow() {
        return overlapWindow;
    }

    public void setOverlapWindow(Duration overlapWindow) {
        this.overlapWindow = overlapWindow;
    }

    public Integer getMaxMessagesPerPoll() {
        return maxMessagesPerPoll;
    }

    public void setMaxMessagesPerPoll(Integer maxMessagesPerPoll) {
        this.maxMessagesPerPoll = maxMessagesPerPoll;
    }

    public Boolean getFetchDetails() {
        return fetchDetails;
    }

    public void setFetchDetails(Boolean fetchDetails) {
        this.fetchDetails = fetchDetails;
    }

    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    public String getStateKey() {
        return stateKey;
    }

    public void setStateKey(String stateKey) {
        this.stateKey = stateKey;
    }

    public SpectrumTicketingConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(SpectrumTicketingConfiguration configuration) {
        this.configuration = configuration;
    }

    public Boolean getBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    public void setBridgeErrorHandler(Boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    public Boolean getHealthCheckConsumerEnabled() {
        return healthCheckConsumerEnabled;
    }

    public void setHealthCheckConsumerEnabled(Boolean healthCheckConsumerEnabled) {
        this.healthCheckConsumerEnabled = healthCheckConsumerEnabled;
    }

    public Boolean getHealthCheckProducerEnabled() {
        return healthCheckProducerEnabled;
    }

    public void setHealthCheckProducerEnabled(Boolean healthCheckProducerEnabled) {
        this.healthCheckProducerEnabled = healthCheckProducerEnabled;
    }

    @Override
    public String toString() {
        return "SpectrumTicketingComponentConfiguration[baseUrl=" + baseUrl + ", tokenUrl=" + tokenUrl
               + ", clientId=" + clientId + ", clientSecret=" + (clientSecret == null ? "null" : "******") + "]";
    }
}
