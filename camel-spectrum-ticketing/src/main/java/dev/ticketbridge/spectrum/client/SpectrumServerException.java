package dev.ticketbridge.spectrum.client;

/**
 * 5xx (or another unexpected status): the provider is temporarily unavailable. Retry later; the same request may
 * then succeed.
 */
public class SpectrumServerException extends SpectrumApiException {

    private static final long serialVersionUID = 1L;

    public SpectrumServerException(String operation, String transactionId, int statusCode, String providerCode,
            String providerMessage, String responseBody) {
        super(operation, transactionId, statusCode, providerCode, providerMessage, responseBody);
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}
