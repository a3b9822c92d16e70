package dev.ticketbridge.spectrum.client;

/**
 * Base of every failure of a Spectrum Ticketing call. Subtypes tell what to do about it:
 * <ul>
 * <li>fix the data: {@link SpectrumValidationException} (nothing was sent) and
 * {@link SpectrumBadRequestException};</li>
 * <li>fix the credentials or scope: {@link SpectrumAuthenticationException} and {@link SpectrumForbiddenException};
 * </li>
 * <li>retry later: {@link SpectrumServerException} and {@link SpectrumTransportException}, for which
 * {@link #isRetryable()} is true.</li>
 * </ul>
 * Messages never contain a secret or a token.
 */
public class SpectrumTicketingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String operation;
    private final String transactionId;

    public SpectrumTicketingException(String message, String operation, String transactionId, Throwable cause) {
        super(message, cause);
        this.operation = operation;
        this.transactionId = transactionId;
    }

    /** The operation that failed, such as {@code createTicket}, or {@code token} for the token request. */
    public String getOperation() {
        return operation;
    }

    /** The {@code X_TXN_ID} sent with the failed request; {@code null} when nothing was sent. */
    public String getTransactionId() {
        return transactionId;
    }

    /** True when the same request may succeed later unchanged: the provider was unavailable or unreachable. */
    public boolean isRetryable() {
        return false;
    }

    static String suffix(String transactionId) {
        return transactionId == null ? "" : " (X_TXN_ID " + transactionId + ")";
    }
}
