package dev.ticketbridge.spectrum.client;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A request broke the provider's rules and was not sent. {@link #getViolations()} names every broken rule, not only
 * the first, so one correction fixes the request.
 */
public class SpectrumValidationException extends SpectrumTicketingException {

    private static final long serialVersionUID = 1L;

    private final List<Violation> violations;

    public SpectrumValidationException(String operation, List<Violation> violations) {
        super(operation + " request not sent, " + violations.size() + " invalid field(s): "
              + violations.stream().map(Violation::toString).collect(Collectors.joining("; ")),
              operation, null, null);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> getViolations() {
        return violations;
    }

    /** The names of the invalid fields, in the order they were found. */
    public List<String> getFields() {
        return violations.stream().map(Violation::field).distinct().toList();
    }
}
