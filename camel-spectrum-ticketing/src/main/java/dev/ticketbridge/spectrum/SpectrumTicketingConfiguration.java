package dev.ticketbridge.spectrum;

import dev.ticketbridge.spectrum.client.TokenAuthMethod;
import dev.ticketbridge.spectrum.model.NoteAction;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * The options of a {@code spectrum-ticketing} endpoint. Set on the component, they are the defaults of every
 * endpoint; set in an endpoint URI, they win for that endpoint; a message header of the same meaning wins over both.
 */
@UriParams
public class SpectrumTicketingConfiguration implements Cloneable {

    /** The provider's production API base. */
    public static final String DEFAULT_BASE_URL = "https://apis.spectrum.net/entservices/ticketing-b2b/v1";

    /** The provider's production token endpoint. */
    public static final String DEFAULT_TOKEN_URL = "https://apis.spectrum.net/auth/oauth/v2/token";

    @UriParam(label = "security")
    private String clientId;
    @UriParam(label = "security", secret = true)
    private String clientSecret;
    @UriParam(defaultValue = DEFAULT_BASE_URL)
    private String baseUrl = DEFAULT_BASE_URL;
    @UriParam(label = "security", defaultValue = DEFAULT_TOKEN_URL)
    private String tokenUrl = DEFAULT_TOKEN_URL;
    @UriParam(label = "security", defaultValue = "FORM")
    private TokenAuthMethod tokenAuthMethod = TokenAuthMethod.FORM;
    @UriParam(label = "security,advanced", defaultValue = "60000", javaType = "java.time.Duration")
    private long tokenExpiryMargin = 60000;
    @UriParam(label = "advanced", defaultValue = "10000", javaType = "java.time.Duration")
    private long connectTimeout = 10000;
    @UriParam(label = "advanced", defaultValue = "30000", javaType = "java.time.Duration")
    private long responseTimeout = 30000;
    @UriParam
    private String submitterId;
    @UriParam(label = "producer")
    private String ticketId;
    @UriParam(label = "producer")
    private String circuitId;
    @UriParam(label = "producer", defaultValue = "CUSTOMER_NOTE")
    private NoteAction noteAction = NoteAction.CUSTOMER_NOTE;
    @UriParam(label = "producer")
    private String fileName;
    @UriParam(enums = "In Progress,Closed")
    private String status;
    @UriParam(label = "producer")
    private String openDateStart;
    @UriParam(label = "producer")
    private String openDateEnd;
    @UriParam(label = "producer")
    private String updateDateStart;
    @UriParam(label = "producer")
    private String updateDateEnd;
    @UriParam(label = "producer")
    private String resolvedDateStart;
    @UriParam(label = "producer")
    private String resolvedDateEnd;
    @UriParam(label = "producer")
    private String closedDateStart;
    @UriParam(label = "producer")
    private String closedDateEnd;
    @UriParam(label = "producer")
    private Integer pageNumber;
    @UriParam(label = "consumer")
    private StateRepository<String, String> stateRepository;
    @UriParam(label = "consumer")
    private String stateKey;
    @UriParam(label = "consumer", defaultValue = "3600000", javaType = "java.time.Duration")
    private long initialLookback = 3600000;
    @UriParam(label = "consumer", defaultValue = "120000", javaType = "java.time.Duration")
    private long overlapWindow = 120000;
    @UriParam(label = "consumer")
    private boolean fetchDetails;
    @UriParam(label = "consumer")
    private int maxMessagesPerPoll;

    public String getClientId() {
        return clientId;
    }

    /**
     * The OAuth2 client id the provider issued at onboarding.
     */
    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    /**
     * The OAuth2 client secret the provider issued at onboarding. It is never logged nor shown in endpoint URIs; set
     * it on the component or through a property placeholder rather than in the URI.
     */
    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    /**
     * The base URL of the Ticketing API. Change it for the provider's test gateway, a proxy, or the simulator.
     */
    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getTokenUrl() {
        return tokenUrl;
    }

    /**
     * The URL of the OAuth2 token endpoint.
     */
    public void setTokenUrl(String tokenUrl) {
        this.tokenUrl = tokenUrl;
    }

    public TokenAuthMethod getTokenAuthMethod() {
        return tokenAuthMethod;
    }

    /**
     * How the client credentials are sent to the token endpoint: FORM sends client_id and client_secret as form
     * fields, BASIC sends them in an HTTP Basic Authorization header. The provider accepts both.
     */
    public void setTokenAuthMethod(TokenAuthMethod tokenAuthMethod) {
        this.tokenAuthMethod = tokenAuthMethod;
    }

    public long getTokenExpiryMargin() {
        return tokenExpiryMargin;
    }

    /**
     * How long before its advertised expiry a cached access token is renewed, in milliseconds. The margin is capped
     * at a tenth of the token's lifetime so that short-lived tokens are still reused.
     */
    public void setTokenExpiryMargin(long tokenExpiryMargin) {
        this.tokenExpiryMargin = tokenExpiryMargin;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    /**
     * How long to wait for a connection to the provider, in milliseconds, before the call fails as retryable.
     */
    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getResponseTimeout() {
        return responseTimeout;
    }

    /**
     * How long to wait for the provider to answer, in milliseconds, before the call fails as retryable. Fetching
     * every ticket of a large organization in one answer may need more.
     */
    public void setResponseTimeout(long responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public String getSubmitterId() {
        return submitterId;
    }

    /**
     * The submitter (user id, usually an email address) for createTicket, addNote and addAttachment when neither the
     * body nor the CamelSpectrumTicketingSubmitterId header names one.
     */
    public void setSubmitterId(String submitterId) {
        this.submitterId = submitterId;
    }

    public String getTicketId() {
        return ticketId;
    }

    /**
     * The ticket id or ECT number for getTicket, addNote and addAttachment when the CamelSpectrumTicketingTicketId
     * header is absent.
     */
    public void setTicketId(String ticketId) {
        this.ticketId = ticketId;
    }

    public String getCircuitId() {
        return circuitId;
    }

    /**
     * The circuit id for getCircuit when the CamelSpectrumTicketingCircuitId header is absent.
     */
    public void setCircuitId(String circuitId) {
        this.circuitId = circuitId;
    }

    public NoteAction getNoteAction() {
        return noteAction;
    }

    /**
     * The action of notes sent by addNote: CUSTOMER_NOTE adds a note, CUSTOMER_CLOSURE asks Spectrum to close the
     * ticket. The CamelSpectrumTicketingNoteAction header and the note body win over it.
     */
    public void setNoteAction(NoteAction noteAction) {
        this.noteAction = noteAction;
    }

    public String getFileName() {
        return fileName;
    }

    /**
     * The file name of attachments when the CamelSpectrumTicketingFileName header is absent and the body is not a
     * file; its extension tells the provider the file type.
     */
    public void setFileName(String fileName) {
        this.fileName = fileName;
    }

    public String getStatus() {
        return status;
    }

    /**
     * Only tickets with this status: In Progress or Closed; both when not set. Used by getTickets (the
     * CamelSpectrumTicketingStatus header wins) and by the updatedTickets consumer.
     */
    public void setStatus(String status) {
        this.status = status;
    }

    public String getOpenDateStart() {
        return openDateStart;
    }

    /**
     * getTickets: only tickets opened at or after this ISO-8601 time, such as 2024-03-01T00:00:00Z.
     */
    public void setOpenDateStart(String openDateStart) {
        this.openDateStart = openDateStart;
    }

    public String getOpenDateEnd() {
        return openDateEnd;
    }

    /**
     * getTickets: only tickets opened at or before this ISO-8601 time.
     */
    public void setOpenDateEnd(String openDateEnd) {
        this.openDateEnd = openDateEnd;
    }

    public String getUpdateDateStart() {
        return updateDateStart;
    }

    /**
     * getTickets: only tickets updated at or after this ISO-8601 time.
     */
    public void setUpdateDateStart(String updateDateStart) {
        this.updateDateStart = updateDateStart;
    }

    public String getUpdateDateEnd() {
        return updateDateEnd;
    }

    /**
     * getTickets: only tickets updated at or before this ISO-8601 time.
     */
    public void setUpdateDateEnd(String updateDateEnd) {
        this.updateDateEnd = updateDateEnd;
    }

    public String getResolvedDateStart() {
        return resolvedDateStart;
    }

    /**
     * getTickets: only tickets resolved at or after this ISO-8601 time.
     */
    public void setResolvedDateStart(String resolvedDateStart) {
        this.resolvedDateStart = resolvedDateStart;
    }

    public String getResolvedDateEnd() {
        return resolvedDateEnd;
    }

    /**
     * getTickets: only tickets resolved at or before this ISO-8601 time.
     */
    public void setResolvedDateEnd(String resolvedDateEnd) {
        this.resolvedDateEnd = resolvedDateEnd;
    }

    public String getClosedDateStart() {
        return closedDateStart;
    }

    /**
     * getTickets: only tickets closed at or after this ISO-8601 time.
     */
    public void setClosedDateStart(String closedDateStart) {
        this.closedDateStart = closedDateStart;
    }

    public String getClosedDateEnd() {
        return closedDateEnd;
    }

    /**
     * getTickets: only tickets closed at or before this ISO-8601 time.
     */
    public void setClosedDateEnd(String closedDateEnd) {
        this.closedDateEnd = closedDateEnd;
    }

    public Integer getPageNumber() {
        return pageNumber;
    }

    /**
     * getTickets: return only this page (from 1) of 25 tickets. When not set, every matching ticket is returned from
     * one unpaged request, which does not shift the way pages do when tickets change while they are read.
     */
    public void setPageNumber(Integer pageNumber) {
        this.pageNumber = pageNumber;
    }

    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    /**
     * updatedTickets: where the consumer keeps its cursor and what it delivered, so that a restart, or another node
     * taking over, continues without losing or repeating changes; for example a FileStateRepository. Without one the
     * consumer keeps them in memory and, after a restart, starts again from initialLookback.
     */
    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    public String getStateKey() {
        return stateKey;
    }

    /**
     * updatedTickets: the key of the consumer's entry in the state repository. Give each consumer its own key when
     * several share a repository. Defaults to spectrum-ticketing:updatedTickets: followed by the clientId, and by a
     * colon and the status when a status is set.
     */
    public void setStateKey(String stateKey) {
        this.stateKey = stateKey;
    }

    public long getInitialLookback() {
        return initialLookback;
    }

    /**
     * updatedTickets: how far back the consumer looks on its very first poll, when the state repository has no
     * cursor yet, in milliseconds (or a duration such as PT1H). Changes older than that are not delivered. The
     * provider answers about the last 12 months only, so a longer lookback reads 12 months.
     */
    public void setInitialLookback(long initialLookback) {
        this.initialLookback = initialLookback;
    }

    public long getOverlapWindow() {
        return overlapWindow;
    }

    /**
     * updatedTickets: how far before its cursor each poll asks again, in milliseconds (or a duration such as PT2M),
     * so that a change the provider lists late, or stamps with a slightly earlier time, is still delivered. Changes
     * inside the window that were delivered already are recognised and skipped; a longer window costs a larger answer
     * on every poll, not duplicates.
     */
    public void setOverlapWindow(long overlapWindow) {
        this.overlapWindow = overlapWindow;
    }

    public boolean isFetchDetails() {
        return fetchDetails;
    }

    /**
     * updatedTickets: read each changed ticket on its own (GET /tickets/{id}, one request per change) so that the body
     * carries its notes and customer action periods, and the CamelSpectrumTicketingNewNotes header lists the notes not
     * delivered before.
     */
    public void setFetchDetails(boolean fetchDetails) {
        this.fetchDetails = fetchDetails;
    }

    public int getMaxMessagesPerPoll() {
        return maxMessagesPerPoll;
    }

    /**
     * updatedTickets: the most changes sent by one poll, oldest first; the rest follow in the next polls (at once when
     * greedy is set). 0 or less for no limit.
     */
    public void setMaxMessagesPerPoll(int maxMessagesPerPoll) {
        this.maxMessagesPerPoll = maxMessagesPerPoll;
    }

    /** A copy, so that an endpoint's options never change the component's defaults. */
    public SpectrumTicketingConfiguration copy() {
        try {
            return (SpectrumTicketingConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    @Override
    public String toString() {
        return "SpectrumTicketingConfiguration[baseUrl=" + baseUrl + ", tokenUrl=" + tokenUrl + ", clientId="
               + clientId + ", clientSecret=" + (clientSecret == null ? "null" : "******") + ", tokenAuthMethod="
               + tokenAuthMethod + "]";
    }
}
