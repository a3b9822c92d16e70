package dev.ticketbridge.spectrum.client;

/**
 * 403 Forbidden: the object belongs to another organization, the credentials lack access, or the URL is wrong.
 * Check the credentials, the base URL and the id.
 */
public class SpectrumForbiddenException extends SpectrumApiException {

    private static final long serialVersionUID = 1L;

    public SpectrumForbiddenException(String operation, String transactionId, int statusCode, String providerCode,
            String providerMessage, String responseBody) {
        super(operation, transactionId, statusCode, providerCode, providerMessage, responseBody);
    }
}
