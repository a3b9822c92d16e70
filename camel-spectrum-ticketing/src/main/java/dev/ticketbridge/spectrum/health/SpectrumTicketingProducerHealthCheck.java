package dev.ticketbridge.spectrum.health;

import java.util.Map;

import dev.ticketbridge.spectrum.SpectrumTicketingEndpoint;
import dev.ticketbridge.spectrum.client.SpectrumApiException;
import dev.ticketbridge.spectrum.client.SpectrumTicketingException;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.apache.camel.util.URISupport;

/**
 * Tells whether a {@code spectrum-ticketing} producer can work: its options are complete, the token endpoint is
 * reachable and accepts the client credentials.
 *
 * <p>The check asks the endpoint's token provider for a token. The token is cached for its lifetime and shared by
 * every endpoint with the same credentials, so while it is valid a check sends no request at all; when it is about to
 * expire, the check renews it as a producer call would. While the check is DOWN, each call sends one token request:
 * callers that poll health often should keep that in mind, since the provider rate-limits its token endpoint.
 *
 * <p>DOWN reports carry the exception type, the HTTP status and the provider's code, and the endpoint URI with its
 * secret options masked; never the client secret nor the token. The check is a readiness check only: a refused
 * credential is not cured by restarting the application.
 */
public class SpectrumTicketingProducerHealthCheck extends AbstractHealthCheck {

    /** Detail key of the simple class name of the failure, such as {@code SpectrumAuthenticationException}. */
    public static final String ERROR_TYPE = "error.type";

    private final SpectrumTicketingEndpoint endpoint;

    /**
     * @param endpoint the endpoint whose producer is checked
     * @param id       tells this check apart from those of other endpoints; usually the endpoint's id
     */
    public SpectrumTicketingProducerHealthCheck(SpectrumTicketingEndpoint endpoint, String id) {
        super("camel", "producer:spectrum-ticketing-" + id);
        this.endpoint = endpoint;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        builder.detail(ENDPOINT_URI, URISupport.sanitizeUri(endpoint.getEndpointUri()));
        try {
            endpoint.client().getTokenProvider().getToken();
            builder.up();
        } catch (SpectrumApiException e) {
            builder.detail(ERROR_TYPE, e.getClass().getSimpleName());
            builder.detail(HTTP_RESPONSE_CODE, e.getStatusCode());
            if (e.getProviderCode() != null) {
                builder.detail(SERVICE_ERROR_CODE, e.getProviderCode());
            }
            builder.message("The token endpoint refused the request: " + e.getClass().getSimpleName() + ", HTTP "
                            + e.getStatusCode() + (e.getProviderCode() == null ? "" : ", provider code "
                            + e.getProviderCode()));
            builder.down();
        } catch (SpectrumTicketingException e) {
            builder.detail(ERROR_TYPE, e.getClass().getSimpleName());
            builder.message("The token endpoint could not be reached: " + e.getClass().getSimpleName()
                            + describeCause(e));
            builder.down();
        } catch (IllegalArgumentException e) {
            // Thrown when options are missing; its message names the options, never their values.
            builder.detail(ERROR_TYPE, e.getClass().getSimpleName());
            builder.message(e.getMessage());
            builder.down();
        }
    }

    private static String describeCause(Throwable error) {
        Throwable cause = error.getCause();
        return cause == null ? "" : " (" + cause.getClass().getSimpleName() + ")";
    }
}
