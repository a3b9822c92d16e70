package dev.ticketbridge.spectrum.client;

/**
 * 400 Bad Request: the request broke a rule the provider checks, such as an unknown circuit, a ticket that is not
 * in an editable state, or a JSON parse error. Fix the data; sending it again unchanged will fail again.
 */
public class SpectrumBadRequestException extends SpectrumApiException {

    private static final long serialVersionUID = 1L;

    public SpectrumBadRequestException(String operation, String transactionId, int statusCode, String providerCode,
            String providerMessage, String responseBody) {
        super(operation, transactionId, statusCode, providerCode, providerMessage, responseBody);
    }
}
