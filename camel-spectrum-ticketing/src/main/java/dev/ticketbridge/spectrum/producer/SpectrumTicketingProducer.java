package dev.ticketbridge.spectrum.producer;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import dev.ticketbridge.spectrum.SpectrumTicketingConstants;
import dev.ticketbridge.spectrum.SpectrumTicketingEndpoint;
import dev.ticketbridge.spectrum.SpectrumTicketingOperation;
import dev.ticketbridge.spectrum.health.SpectrumTicketingProducerHealthCheck;
import org.apache.camel.Exchange;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.DefaultProducer;

/**
 * Performs the endpoint's operation, or the one named by the {@code CamelSpectrumTicketingOperation} header.
 *
 * <p>Before the call, the {@code CamelSpectrumTicketingTransactionId} header is set to the {@code X_TXN_ID} that
 * will be sent (the header's own value, or a fresh UUID), so that a failed exchange still shows which request failed.
 */
public class SpectrumTicketingProducer extends DefaultProducer {

    private final Map<SpectrumTicketingOperation, ProducerOperation> operations =
            new EnumMap<>(SpectrumTicketingOperation.class);
    private final OperationContext context;
    private WritableHealthCheckRepository healthCheckRepository;
    private HealthCheck healthCheck;

    public SpectrumTicketingProducer(SpectrumTicketingEndpoint endpoint) {
        super(endpoint);
        this.context = new OperationContext(endpoint);
        operations.put(SpectrumTicketingOperation.getTickets, new GetTicketsOperation());
        operations.put(SpectrumTicketingOperation.getTicket, new GetTicketOperation());
        operations.put(SpectrumTicketingOperation.getSites, new GetSitesOperation());
        operations.put(SpectrumTicketingOperation.getCircuits, new GetCircuitsOperation());
        operations.put(SpectrumTicketingOperation.getCircuit, new GetCircuitOperation());
        operations.put(SpectrumTicketingOperation.createTicket, new CreateTicketOperation());
        operations.put(SpectrumTicketingOperation.addAttachment, new AddAttachmentOperation());
        operations.put(SpectrumTicketingOperation.addNote, new AddNoteOperation());
    }

    @Override
    public SpectrumTicketingEndpoint getEndpoint() {
        return (SpectrumTicketingEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        // Health checks are optional: the repository is only there when camel-health is on the classpath.
        healthCheckRepository = HealthCheckHelper.getHealthCheckRepository(getEndpoint().getCamelContext(),
                "producers", WritableHealthCheckRepository.class);
        if (healthCheckRepository != null) {
            healthCheck = new SpectrumTicketingProducerHealthCheck(getEndpoint(), getEndpoint().getId());
            healthCheck.setEnabled(getEndpoint().getComponent().isHealthCheckProducerEnabled());
            healthCheckRepository.addHealthCheck(healthCheck);
        }
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        if (healthCheckRepository != null && healthCheck != null) {
            healthCheckRepository.removeHealthCheck(healthCheck);
            healthCheck = null;
        }
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        SpectrumTicketingOperation operation = operation(exchange);
        ProducerOperation handler = operations.get(operation);
        if (handler == null) {
            throw new IllegalArgumentException("spectrum-ticketing:" + operation + " is not a producer operation");
        }
        String transactionId = context.transactionId(exchange);
        if (transactionId == null || transactionId.isBlank()) {
            exchange.getMessage().setHeader(SpectrumTicketingConstants.TRANSACTION_ID, UUID.randomUUID().toString());
        }
        handler.execute(exchange, context);
    }

    private SpectrumTicketingOperation operation(Exchange exchange) {
        Object header = exchange.getMessage().getHeader(SpectrumTicketingConstants.OPERATION);
        if (header == null) {
            return getEndpoint().getOperation();
        }
        return exchange.getContext().getTypeConverter().convertTo(SpectrumTicketingOperation.class, exchange,
                header);
    }
}
