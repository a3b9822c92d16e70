package dev.ticketbridge.spectrum.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * The OAuth2 client-credentials token endpoint, and the bearer-token check of every API call.
 *
 * <p>Credentials are accepted in either of the provider's two styles: form fields {@code client_id} and
 * {@code client_secret}, or an HTTP Basic header (which wins when both are sent). Bad credentials answer 401 in the
 * OAuth2 error shape of the provider's gateway; a missing or wrong {@code grant_type} answers 400.
 */
final class TokenEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(TokenEndpoint.class);

    private final SimulatorState state;
    private final Responses responses;
    private final Duration lifetime;

    TokenEndpoint(SimulatorState state, Responses responses, Duration lifetime) {
        this.state = state;
        this.responses = responses;
        this.lifetime = lifetime;
    }

    ApiResponse issue(ApiRequest request) {
        if (!"POST".equals(request.method())) {
            return oauthError(405, "invalid_request", "The token endpoint only accepts POST");
        }
        Map<String, String> form = ApiRequest.parseForm(request.bodyAsString());
        if (!"client_credentials".equals(form.get("grant_type"))) {
            return oauthError(400, "unsupported_grant_type", "grant_type must be client_credentials");
        }

        Credentials credentials = basicCredentials(request.header("Authorization"))
                .orElse(new Credentials(form.get("client_id"), form.get("client_secret")));
        Optional<Organization> organization = Optional.ofNullable(credentials.clientId())
                .flatMap(state::organization)
                .filter(org -> org.clientSecret().equals(credentials.clientSecret()));
        if (organization.isEmpty()) {
            LOG.debug("Token refused for client id '{}': unknown client or wrong secret", credentials.clientId());
            return oauthError(401, "invalid_client", "The given client credentials were not valid");
        }

        String token = state.issueToken(organization.get().clientId(), lifetime);
        ObjectNode body = responses.json().mapper().createObjectNode();
        body.put("resultCode", "200");
        body.put("resultCodeName", "PROCESSED");
        body.put("resultMessage", "PROCESSED");
        body.put("token_type", "bearer");
        body.put("access_token", token);
        body.put("expires_in", lifetime.toSeconds());
        return responses.ok(body);
    }

    /** The organization behind a request, or the 401 to answer instead. */
    record Authentication(String clientId, ApiResponse refusal) {

        boolean refused() {
            return refusal != null;
        }
    }

    /** Finds the organization behind the request's bearer token. */
    Authentication authenticate(ApiRequest request) {
        String header = request.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return new Authentication(null, responses.invalidToken("Access token missing or malformed"));
        }
        Optional<SimulatorState.TokenGrant> grant = state.tokenGrant(header.substring(7).trim());
        if (grant.isEmpty()) {
            return new Authentication(null, responses.invalidToken("Invalid access token"));
        }
        if (!state.clockInstant().isBefore(grant.get().expiresAt())) {
            return new Authentication(null, responses.invalidToken("Access token expired"));
        }
        return new Authentication(grant.get().clientId(), null);
    }

    /** A client id and secret as sent; either may be {@code null}. */
    private record Credentials(String clientId, String clientSecret) {
    }

    /** Reads an HTTP Basic header; a header that is not valid Base64 gives credentials that match nobody. */
    private static Optional<Credentials> basicCredentials(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return Optional.of(colon < 0 ? new Credentials(decoded, null)
                    : new Credentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.of(new Credentials(null, null));
        }
    }

    private ApiResponse oauthError(int status, String error, String description) {
        ObjectNode body = responses.json().mapper().createObjectNode();
        body.put("error", error);
        body.put("error_description", description);
        return ApiResponse.json(status, responses.json().write(body));
    }
}
