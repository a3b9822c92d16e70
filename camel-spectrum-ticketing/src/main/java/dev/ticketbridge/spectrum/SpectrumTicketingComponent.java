package dev.ticketbridge.spectrum;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ticketbridge.spectrum.client.AccessTokenProvider;
import dev.ticketbridge.spectrum.client.ClientCredentials;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.util.ObjectHelper;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.io.CloseMode;

/**
 * The {@code spectrum-ticketing} component: connects routes to the Spectrum Enterprise Ticketing API v2.0.
 *
 * <p>The component owns what its endpoints share: one pooled HTTP client, and one access token per set of client
 * credentials, so that many endpoints with the same credentials ask the provider's rate-limited token endpoint for
 * one token, not one each.
 */
@Component("spectrum-ticketing")
public class SpectrumTicketingComponent extends HealthCheckComponent {

    @Metadata(description = "The shared options of every endpoint of this component.")
    private SpectrumTicketingConfiguration configuration = new SpectrumTicketingConfiguration();

    @Metadata(label = "advanced", autowired = true,
              description = "A custom Apache HttpClient 5 to send requests with, such as one with a proxy or a "
                            + "custom TLS setup. The component does not close a client it did not create.")
    private CloseableHttpClient httpClient;

    @Metadata(label = "advanced", defaultValue = "20",
              description = "How many connections to the provider the component keeps open at most.")
    private int maxConnections = 20;

    private final Map<String, AccessTokenProvider> tokenProviders = new ConcurrentHashMap<>();
    private final ObjectMapper objectMapper = createObjectMapper();
    private CloseableHttpClient ownHttpClient;

    public SpectrumTicketingComponent() {
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        if (ObjectHelper.isEmpty(remaining)) {
            throw new IllegalArgumentException("The operation is missing: use spectrum-ticketing:<operation>, such "
                                               + "as spectrum-ticketing:createTicket");
        }
        SpectrumTicketingOperation operation = getCamelContext().getTypeConverter()
                .mandatoryConvertTo(SpectrumTicketingOperation.class, remaining);
        SpectrumTicketingEndpoint endpoint = new SpectrumTicketingEndpoint(uri, this, operation,
                configuration.copy());
        setProperties(endpoint, parameters);
        return endpoint;
    }

    /**
     * The token provider shared by every endpoint with these credentials.
     */
    AccessTokenProvider tokenProvider(ClientCredentials credentials, Duration expiryMargin) {
        return tokenProviders.computeIfAbsent(credentials.cacheKey(),
                key -> new AccessTokenProvider(credentials, httpClient(), objectMapper, expiryMargin,
                        Clock.systemUTC()));
    }

    synchronized CloseableHttpClient httpClient() {
        if (httpClient != null) {
            return httpClient;
        }
        if (ownHttpClient == null) {
            PoolingHttpClientConnectionManager connections = PoolingHttpClientConnectionManagerBuilder.create()
                    .setMaxConnTotal(maxConnections)
                    .setMaxConnPerRoute(maxConnections)
                    .build();
            // Retries are left to Camel's error handler and the consumer's backoff, where users configure them:
            // a hidden retry of a POST could open a ticket twice.
            ownHttpClient = HttpClients.custom()
                    .setConnectionManager(connections)
                    .disableAutomaticRetries()
                    .disableCookieManagement()
                    .build();
        }
        return ownHttpClient;
    }

    ObjectMapper objectMapper() {
        return objectMapper;
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        tokenProviders.clear();
        synchronized (this) {
            if (ownHttpClient != null) {
                ownHttpClient.close(CloseMode.GRACEFUL);
                ownHttpClient = null;
            }
        }
    }

    private static ObjectMapper createObjectMapper() {
        return new ObjectMapper()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
    }

    public SpectrumTicketingConfiguration getConfiguration() {
        return configuration;
    }

    /**
     * The shared options of every endpoint of this component.
     */
    public void setConfiguration(SpectrumTicketingConfiguration configuration) {
        this.configuration = configuration;
    }

    public CloseableHttpClient getHttpClient() {
        return httpClient;
    }

    /**
     * A custom Apache HttpClient 5 to send requests with, such as one with a proxy or a custom TLS setup. The
     * component does not close a client it did not create.
     */
    public void setHttpClient(CloseableHttpClient httpClient) {
        this.httpClient = httpClient;
    }

    public int getMaxConnections() {
        return maxConnections;
    }

    /**
     * How many connections to the provider the component keeps open at most.
     */
    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }
}
