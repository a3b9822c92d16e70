package dev.ticketbridge.spectrum.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The OAuth2 client credentials of an organization and where to exchange them for a token.
 *
 * <p>{@link #toString()} never shows the secret, and {@link #cacheKey()} holds only a digest of it, so that tokens can
 * be shared by every endpoint with the same credentials without the secret being kept in a map key.
 */
public final class ClientCredentials {

    private final String tokenUrl;
    private final String clientId;
    private final String clientSecret;
    private final TokenAuthMethod authMethod;

    public ClientCredentials(String tokenUrl, String clientId, String clientSecret, TokenAuthMethod authMethod) {
        this.tokenUrl = Objects.requireNonNull(tokenUrl, "tokenUrl");
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
        this.authMethod = authMethod == null ? TokenAuthMethod.FORM : authMethod;
    }

    public String getTokenUrl() {
        return tokenUrl;
    }

    public String getClientId() {
        return clientId;
    }

    String getClientSecret() {
        return clientSecret;
    }

    public TokenAuthMethod getAuthMethod() {
        return authMethod;
    }

    /** Identifies these credentials without holding the secret. */
    public String cacheKey() {
        return tokenUrl + '|' + clientId + '|' + authMethod + '|' + sha256(clientSecret);
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "ClientCredentials[tokenUrl=" + tokenUrl + ", clientId=" + clientId + ", clientSecret=******"
               + ", authMethod=" + authMethod + "]";
    }
}
