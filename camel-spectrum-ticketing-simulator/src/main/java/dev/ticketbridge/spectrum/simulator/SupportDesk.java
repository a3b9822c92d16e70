package dev.ticketbridge.spectrum.simulator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * The Spectrum support desk's side of the tickets: what the real desk does in its own tools and the API cannot do.
 * Tests use it to make tickets change while a consumer polls; the admin endpoint {@code /simulator/tickets/...}
 * exposes the same actions over HTTP.
 *
 * <p>Every action sets the ticket's {@code dateUpdated} to the simulator's "now", to the second, and returns the new
 * snapshot. Actions find a ticket by its id or its {@code ECT-} number, in any organization, and throw
 * {@link IllegalArgumentException} for an unknown one. The desk may act on a closed ticket (it is not bound by the
 * API's "not in editable state" rule). Safe to call from any thread while requests are being served.
 */
public final class SupportDesk {

    /** The action of a wait on the customer when none is given, as in the provider's example. */
    public static final String DEFAULT_CUSTOMER_ACTION = "Customer-Awaiting Additional Information";

    static final String DEFAULT_RESOLUTION_CODE = "Spectrum-Verified-Service Restored";
    static final String DEFAULT_RESOLUTION_MESSAGE = "Service restored and verified by Spectrum support";

    private static final Logger LOG = LoggerFactory.getLogger(SupportDesk.class);

    private final SimulatorState state;

    SupportDesk(SimulatorState state) {
        this.state = state;
    }

    /**
     * Sets the status. Closing stamps {@code dateClosed} (and {@code dateResolved} when unset); reopening clears
     * both, and the resolution.
     *
     * @param idOrNumber ticket id or {@code ECT-} number
     * @param status     the new status
     * @return the changed ticket
     */
    public SimulatedTicket changeStatus(String idOrNumber, TicketStatus status) {
        Objects.requireNonNull(status, "status");
        if (status == TicketStatus.CLOSED) {
            return close(idOrNumber);
        }
        return change(idOrNumber, b -> b.status(TicketStatus.IN_PROGRESS).dateResolved(null).dateClosed(null)
                .resolutionCode("").resolutionMessage("").closureRequested(false));
    }

    /**
     * Adds a note from the support desk.
     *
     * @param idOrNumber ticket id or {@code ECT-} number
     * @param noteType   such as {@code General}, {@code Escalation} or {@code Handoff ETS}
     * @param note       the text
     * @return the changed ticket
     */
    public SimulatedTicket addSupportNote(String idOrNumber, String noteType, String note) {
        Objects.requireNonNull(note, "note");
        String type = noteType == null || noteType.isBlank() ? "General" : noteType;
        return change(idOrNumber, b -> b.addNote(new TicketNote(state.now(), type, note, null)));
    }

    /**
     * Sets or clears {@code needsClientAttention}. Setting it opens a period in
     * {@code customerActionMinuteDetails}; clearing it ends the open one.
     *
     * @param idOrNumber ticket id or {@code ECT-} number
     * @param needs      whether the desk now waits on the customer
     * @param action     what the customer is asked for; {@link #DEFAULT_CUSTOMER_ACTION} when {@code null}
     * @return the changed ticket
     */
    public SimulatedTicket setNeedsClientAttention(String idOrNumber, boolean needs, String action) {
        return change(idOrNumber, b -> {
            Instant now = state.now();
            endOpenWait(b, now);
            if (needs) {
                List<CustomerActionPeriod> periods = b.customerActionPeriods();
                periods.add(new CustomerActionPeriod(action == null ? DEFAULT_CUSTOMER_ACTION : action, now, null));
            }
            return b.needsClientAttention(needs);
        });
    }

    /**
     * Sets the action the desk is working on, shown as {@code assignedAction}.
     *
     * @param idOrNumber ticket id or {@code ECT-} number
     * @param action     such as {@code Maintenance - Waiting for Approvals}; empty clears it
     * @return the changed ticket
     */
    public SimulatedTicket assignAction(String idOrNumber, String action) {
        return change(idOrNumber, b -> b.assignedAction(action));
    }

    /**
     * Resolves the ticket: status {@code Closed}, {@code dateResolved} now, the resolution set, and any wait on the
     * customer ended. {@code dateClosed} stays empty until {@link #close(String)}.
     *
     * @param idOrNumber        ticket id or {@code ECT-} number
     * @param resolutionCode    the code; a default one when {@code null}
     * @param resolutionMessage the message; a default one when {@code null}
     * @return the changed ticket
     */
    public SimulatedTicket resolve(String idOrNumber, String resolutionCode, String resolutionMessage) {
        return change(idOrNumber, b -> {
            endOpenWait(b, state.now());
            return b.status(TicketStatus.CLOSED).dateResolved(state.now()).needsClientAttention(false)
                    .resolutionCode(Objects.requireNonNullElse(resolutionCode, DEFAULT_RESOLUTION_CODE))
                    .resolutionMessage(Objects.requireNonNullElse(resolutionMessage, DEFAULT_RESOLUTION_MESSAGE));
        });
    }

    /**
     * Closes the ticket: status {@code Closed}, {@code dateClosed} now, {@code dateResolved} now when it was not
     * resolved before, a default resolution when none is set, and any wait on the customer ended.
     *
     * @param idOrNumber ticket id or {@code ECT-} number
     * @return the changed ticket
     */
    public SimulatedTicket close(String idOrNumber) {
        return change(idOrNumber, b -> {
            Instant now = state.now();
            endOpenWait(b, now);
            if (b.dateResolved() == null) {
                b.dateResolved(now);
            }
            if (b.resolutionCode() == null || b.resolutionCode().isEmpty()) {
                b.resolutionCode(DEFAULT_RESOLUTION_CODE).resolutionMessage(DEFAULT_RESOLUTION_MESSAGE);
            }
            return b.status(TicketStatus.CLOSED).dateClosed(now).needsClientAttention(false);
        });
    }

    /**
     * Does one thing a busy desk would do to a random open ticket of any organization: add a note, ask the
     * customer for information, assign an action, resolve or close.
     *
     * @param random the source of chance; pass a seeded one for repeatable runs
     * @return the changed ticket, or empty when no ticket is open
     */
    public Optional<SimulatedTicket> actOnRandomOpenTicket(Random random) {
        List<SimulatedTicket> open = state.allTickets().stream().map(SimulatorState.StoredTicket::ticket)
                .filter(t -> t.status() == TicketStatus.IN_PROGRESS).toList();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        String id = open.get(random.nextInt(open.size())).id();
        SimulatedTicket changed;
        switch (random.nextInt(5)) {
            case 0:
                changed = addSupportNote(id, "General", "Technician dispatched; we will update you shortly.");
                break;
            case 1:
                changed = setNeedsClientAttention(id, true, DEFAULT_CUSTOMER_ACTION);
                break;
            case 2:
                changed = assignAction(id, "Field Operations - Dispatch Scheduled");
                break;
            case 3:
                changed = resolve(id, null, null);
                break;
            default:
                changed = close(id);
                break;
        }
        LOG.debug("Support desk changed {}: status {}", changed.spectrumTicketNumber(), changed.status().value());
        return Optional.of(changed);
    }

    private SimulatedTicket change(String idOrNumber, UnaryOperator<SimulatedTicket.Builder> op) {
        return state.updateTicket(idOrNumber, op);
    }

    /** Ends the open wait on the customer, if any, at the given time. */
    static void endOpenWait(SimulatedTicket.Builder builder, Instant now) {
        List<CustomerActionPeriod> periods = builder.customerActionPeriods();
        for (int i = 0; i < periods.size(); i++) {
            CustomerActionPeriod period = periods.get(i);
            if (period.endTime() == null) {
                periods.set(i, new CustomerActionPeriod(period.action(), period.startTime(), now));
            }
        }
    }
}
