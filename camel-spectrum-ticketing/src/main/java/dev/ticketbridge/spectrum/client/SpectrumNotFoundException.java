package dev.ticketbridge.spectrum.client;

/**
 * 404 Not Found: the provider has no such page; check the base URL and the path.
 */
public class SpectrumNotFoundException extends SpectrumApiException {

    private static final long serialVersionUID = 1L;

    public SpectrumNotFoundException(String operation, String transactionId, int statusCode, String providerCode,
            String providerMessage, String responseBody) {
        super(operation, transactionId, statusCode, providerCode, providerMessage, responseBody);
    }
}
