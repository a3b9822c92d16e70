package dev.ticketbridge.spectrum.client;

/**
 * 401 Unauthorized: the credentials were refused by the token endpoint, or a fresh token was refused by the API.
 * A token that merely expired is renewed and the request replayed once before this is thrown.
 */
public class SpectrumAuthenticationException extends SpectrumApiException {

    private static final long serialVersionUID = 1L;

    public SpectrumAuthenticationException(String operation, String transactionId, int statusCode, String providerCode,
            String providerMessage, String responseBody) {
        super(operation, transactionId, statusCode, providerCode, providerMessage, responseBody);
    }
}
