package dev.ticketbridge.spectrum.client;

/**
 * The provider could not be reached or its answer could not be read: connection refused or reset, timeout, or a
 * body that is not the JSON the document describes. The request may or may not have been processed; retry later.
 */
public class SpectrumTransportException extends SpectrumTicketingException {

    private static final long serialVersionUID = 1L;

    public SpectrumTransportException(String message, String operation, String transactionId, Throwable cause) {
        super(message + suffix(transactionId), operation, transactionId, cause);
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}
