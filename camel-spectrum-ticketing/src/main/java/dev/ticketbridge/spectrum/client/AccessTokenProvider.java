package dev.ticketbridge.spectrum.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.NameValuePair;
import org.apache.hc.core5.http.message.BasicNameValuePair;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the access token of one set of client credentials and renews it when it is about to expire.
 *
 * <p>The provider rate-limits its token endpoint and may cut off clients that ask for a token per call, so a token
 * is reused for its advertised lifetime ({@code expires_in}) less a safety margin, and concurrent callers that find
 * no valid token wait for a single token request (single flight) instead of each sending one. When that request
 * fails, the callers that were waiting for it get the same failure rather than each trying again.
 *
 * <p>Thread-safe. Neither the secret nor the token is ever logged.
 */
public final class AccessTokenProvider {

    private static final Logger LOG = LoggerFactory.getLogger(AccessTokenProvider.class);

    static final String OPERATION = "token";

    /** Used when the provider's answer has no usable {@code expires_in}: short enough to be safe. */
    private static final Duration FALLBACK_LIFETIME = Duration.ofMinutes(5);

    private final ClientCredentials credentials;
    private final CloseableHttpClient httpClient;
    private final ObjectMapper mapper;
    private final Duration expiryMargin;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicLong tokenRequests = new AtomicLong();

    private volatile CachedToken current;
    private volatile FailedAttempt lastFailure;

    public AccessTokenProvider(ClientCredentials credentials, CloseableHttpClient httpClient, ObjectMapper mapper,
                               Duration expiryMargin, Clock clock) {
        this.credentials = credentials;
        this.httpClient = httpClient;
        this.mapper = mapper;
        this.expiryMargin = expiryMargin;
        this.clock = clock;
    }

    /**
     * A valid access token, from the cache or, when it is missing or about to expire, from the token endpoint.
     *
     * @throws SpectrumAuthenticationException when the token endpoint refuses the credentials
     * @throws SpectrumServerException         when the token endpoint is unavailable
     * @throws SpectrumTransportException      when the token endpoint cannot be reached
     */
    public String getToken() {
        CachedToken token = current;
        if (token != null && token.isUsableAt(clock.instant())) {
            return token.value;
        }
        long waitStarted = System.nanoTime();
        lock.lock();
        try {
            token = current;
            if (token != null && token.isUsableAt(clock.instant())) {
                return token.value;
            }
            FailedAttempt failure = lastFailure;
            if (failure != null && failure.nanoTime - waitStarted > 0) {
                // Another caller's token request failed while this one waited for it: share its outcome.
                throw failure.error;
            }
            try {
                current = requestToken();
                lastFailure = null;
                return current.value;
            } catch (SpectrumTicketingException e) {
                lastFailure = new FailedAttempt(System.nanoTime(), e);
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Forgets the given token after the API refused it, so that the next {@link #getToken()} asks for a new one. A
     * token that was already replaced is left alone: many callers refused at once lead to one token request.
     */
    public void invalidate(String refusedToken) {
        lock.lock();
        try {
            CachedToken token = current;
            if (token != null && token.value.equals(refusedToken)) {
                LOG.debug("Access token for client {} was refused by the API. Will request a new one.",
                        credentials.getClientId());
                current = null;
            }
        } finally {
            lock.unlock();
        }
    }

    /** How many token requests this provider has sent; for tests, health and metrics. */
    public long getTokenRequestCount() {
        return tokenRequests.get();
    }

    /** When the cached token stops being used, or {@code null} when none is cached. */
    public Instant getTokenRenewalTime() {
        CachedToken token = current;
        return token == null ? null : token.renewAt;
    }

    public ClientCredentials getCredentials() {
        return credentials;
    }

    private CachedToken requestToken() {
        HttpPost post = new HttpPost(credentials.getTokenUrl());
        post.setHeader(HttpHeaders.ACCEPT, "application/json;charset=utf-8");
        List<NameValuePair> form = new ArrayList<>();
        form.add(new BasicNameValuePair("grant_type", "client_credentials"));
        if (credentials.getAuthMethod() == TokenAuthMethod.BASIC) {
            String pair = credentials.getClientId() + ':' + credentials.getClientSecret();
            post.setHeader(HttpHeaders.AUTHORIZATION,
                    "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        } else {
            form.add(new BasicNameValuePair("client_id", credentials.getClientId()));
            form.add(new BasicNameValuePair("client_secret", credentials.getClientSecret()));
        }
        post.setEntity(new UrlEncodedFormEntity(form, StandardCharsets.UTF_8));

        tokenRequests.incrementAndGet();
        Instant requested = clock.instant();
        LOG.debug("Requesting an access token for client {} from {}", credentials.getClientId(),
                credentials.getTokenUrl());
        try {
            return httpClient.execute(post, response -> {
                int status = response.getCode();
                if (status != 200) {
                    String body = ResponseBodies.readLimited(response.getEntity());
                    throw ErrorMapper.toException(mapper, OPERATION, null, status, body);
                }
                try (InputStream content = response.getEntity().getContent()) {
                    return parseToken(mapper.readTree(content), requested);
                }
            });
        } catch (IOException e) {
            throw new SpectrumTransportException("Token request to " + credentials.getTokenUrl() + " failed: "
                                                 + e.getMessage(), OPERATION, null, e);
        }
    }

    private CachedToken parseToken(JsonNode answer, Instant requested) {
        String value = answer.path("access_token").asText(null);
        if (value == null || value.isBlank()) {
            throw new SpectrumAuthenticationException(OPERATION, null, 200, answer.path("resultCode").asText(null),
                    "token answer has no access_token", null);
        }
        long seconds = answer.path("expires_in").asLong(0);
        Duration lifetime = seconds > 0 ? Duration.ofSeconds(seconds) : FALLBACK_LIFETIME;
        // A margin of a tenth of the lifetime at most, so that short test tokens are still reused.
        Duration margin = expiryMargin.compareTo(lifetime.dividedBy(10)) < 0 ? expiryMargin : lifetime.dividedBy(10);
        Instant renewAt = requested.plus(lifetime).minus(margin);
        LOG.debug("Access token for client {} obtained, valid for {}s; it will be renewed at {}",
                credentials.getClientId(), lifetime.toSeconds(), renewAt);
        return new CachedToken(value, renewAt);
    }

    private record CachedToken(String value, Instant renewAt) {

        boolean isUsableAt(Instant now) {
            return now.isBefore(renewAt);
        }

        @Override
        public String toString() {
            return "CachedToken[renewAt=" + renewAt + "]";
        }
    }

    private record FailedAttempt(long nanoTime, SpectrumTicketingException error) {
    }
}
