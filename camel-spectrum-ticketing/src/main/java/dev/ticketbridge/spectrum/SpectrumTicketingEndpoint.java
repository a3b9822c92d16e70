package dev.ticketbridge.spectrum;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ticketbridge.spectrum.client.ClientCredentials;
import dev.ticketbridge.spectrum.client.SpectrumTicketingClient;
import dev.ticketbridge.spectrum.consumer.UpdatedTicketsConsumer;
import dev.ticketbridge.spectrum.producer.SpectrumTicketingProducer;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.ScheduledPollEndpoint;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.hc.core5.util.Timeout;

/**
 * Calls the Spectrum Enterprise Ticketing API v2.0: open, read and update trouble tickets, look up sites and
 * circuits, and poll for tickets Spectrum changed.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "spectrum-ticketing", title = "Spectrum Ticketing",
             syntax = "spectrum-ticketing:operation", category = { Category.API, Category.CLOUD },
             headersClass = SpectrumTicketingConstants.class)
public class SpectrumTicketingEndpoint extends ScheduledPollEndpoint {

    @UriPath(description = "The operation to perform: getTickets, getTicket, getSites, getCircuits, getCircuit, "
                           + "createTicket, addAttachment and addNote for producers; updatedTickets for the "
                           + "polling consumer.")
    @Metadata(required = true)
    private SpectrumTicketingOperation operation;

    @UriParam
    private SpectrumTicketingConfiguration configuration;

    private volatile SpectrumTicketingClient client;

    public SpectrumTicketingEndpoint(String uri, SpectrumTicketingComponent component,
                                     SpectrumTicketingOperation operation,
                                     SpectrumTicketingConfiguration configuration) {
        super(uri, component);
        this.operation = operation;
        this.configuration = configuration;
    }

    @Override
    public SpectrumTicketingComponent getComponent() {
        return (SpectrumTicketingComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() throws Exception {
        if (!operation.isProducerOperation()) {
            throw new IllegalArgumentException("spectrum-ticketing:" + operation + " is a consumer: use it in from()");
        }
        return new SpectrumTicketingProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (operation != SpectrumTicketingOperation.updatedTickets) {
            throw new UnsupportedOperationException("spectrum-ticketing:" + operation
                                                    + " cannot be consumed from; the consumer is updatedTickets");
        }
        if (configuration.getStateRepository() == null) {
            // Held by the endpoint, not the consumer, so that stopping and starting the route keeps the cursor.
            configuration.setStateRepository(new MemoryStateRepository());
        }
        UpdatedTicketsConsumer consumer = new UpdatedTicketsConsumer(this, processor);
        consumer.setMaxMessagesPerPoll(configuration.getMaxMessagesPerPoll());
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        client();
    }

    @Override
    protected void doStop() throws Exception {
        // The component closes the HTTP client it owns when it stops: a restarted endpoint must not keep the old one.
        client = null;
        super.doStop();
    }

    /**
     * The API client of this endpoint, created on first use from its options.
     *
     * @throws IllegalArgumentException when a required connection option is missing, naming every missing one
     */
    public SpectrumTicketingClient client() {
        SpectrumTicketingClient current = client;
        if (current == null) {
            synchronized (this) {
                current = client;
                if (current == null) {
                    current = createClient();
                    client = current;
                }
            }
        }
        return current;
    }

    private SpectrumTicketingClient createClient() {
        List<String> missing = new ArrayList<>();
        if (isBlank(configuration.getClientId())) {
            missing.add("clientId");
        }
        if (isBlank(configuration.getClientSecret())) {
            missing.add("clientSecret");
        }
        if (isBlank(configuration.getBaseUrl())) {
            missing.add("baseUrl");
        }
        if (isBlank(configuration.getTokenUrl())) {
            missing.add("tokenUrl");
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("spectrum-ticketing:" + operation + " needs the option(s) " + missing
                                               + ", on the endpoint or the component");
        }
        ClientCredentials credentials = new ClientCredentials(configuration.getTokenUrl(),
                configuration.getClientId(), configuration.getClientSecret(), configuration.getTokenAuthMethod());
        SpectrumTicketingComponent component = getComponent();
        return new SpectrumTicketingClient(component.httpClient(),
                component.tokenProvider(credentials, Duration.ofMillis(configuration.getTokenExpiryMargin())),
                component.objectMapper(), configuration.getBaseUrl(),
                SpectrumTicketingClient.requestConfig(Timeout.ofMilliseconds(configuration.getConnectTimeout()),
                        Timeout.ofMilliseconds(configuration.getResponseTimeout())));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    public ObjectMapper getObjectMapper() {
        return getComponent().objectMapper();
    }

    public SpectrumTicketingOperation getOperation() {
        return operation;
    }

    /**
     * The operation to perform.
     */
    public void setOperation(SpectrumTicketingOperation operation) {
        this.operation = operation;
    }

    public SpectrumTicketingConfiguration getConfiguration() {
        return configuration;
    }

    /**
     * The options of this endpoint.
     */
    public void setConfiguration(SpectrumTicketingConfiguration configuration) {
        this.configuration = configuration;
    }
}
