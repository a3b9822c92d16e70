package dev.ticketbridge.spectrum.client;

/**
 * The provider answered with an error status. Carries the HTTP status, the provider's code and message as its body
 * gave them ({@code resultCode}/{@code resultMessage} on token errors, {@code error}/{@code message} elsewhere), the
 * operation and the {@code X_TXN_ID} of the request.
 */
public class SpectrumApiException extends SpectrumTicketingException {

    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final String providerCode;
    private final String providerMessage;
    private final String responseBody;

    public SpectrumApiException(String operation, String transactionId, int statusCode, String providerCode,
                                String providerMessage, String responseBody) {
        super(describe(operation, statusCode, providerCode, providerMessage, transactionId), operation, transactionId,
              null);
        this.statusCode = statusCode;
        this.providerCode = providerCode;
        this.providerMessage = providerMessage;
        this.responseBody = responseBody;
    }

    private static String describe(String operation, int status, String code, String message, String txnId) {
        StringBuilder text = new StringBuilder(operation).append(" failed with HTTP ").append(status);
        if (code != null) {
            text.append(", provider code ").append(code);
        }
        if (message != null) {
            text.append(": ").append(message);
        }
        return text.append(suffix(txnId)).toString();
    }

    /** The HTTP status of the provider's answer. */
    public int getStatusCode() {
        return statusCode;
    }

    /** The provider's code ({@code resultCode}, {@code resultCodeName} or {@code error}), or {@code null}. */
    public String getProviderCode() {
        return providerCode;
    }

    /** The provider's message ({@code resultMessage} or {@code message}), or {@code null}. */
    public String getProviderMessage() {
        return providerMessage;
    }

    /** The provider's answer as text, at most 4,000 characters, or {@code null} when it had no body. */
    public String getResponseBody() {
        return responseBody;
    }
}
