package dev.ticketbridge.spectrum.producer;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ticketbridge.spectrum.SpectrumTicketingConstants;
import dev.ticketbridge.spectrum.client.RequestBodies;
import dev.ticketbridge.spectrum.client.SpectrumValidationException;
import dev.ticketbridge.spectrum.client.Violation;
import dev.ticketbridge.spectrum.model.CreateTicketRequest;
import dev.ticketbridge.spectrum.model.CreateTicketResponse;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * createTicket: the body is a {@link CreateTicketRequest}, a {@code Map}, or JSON as text, bytes or a stream (what a
 * file or a queue delivers). A request without a submitter takes the header's or the endpoint's. The body becomes the
 * {@link CreateTicketResponse}, and the ticket id and ECT number are set as headers.
 */
final class CreateTicketOperation implements ProducerOperation {

    @Override
    public void execute(Exchange exchange, OperationContext context) {
        Message message = exchange.getMessage();
        CreateTicketRequest request = read(message, context.requestBodies(),
                context.text(exchange, SpectrumTicketingConstants.SUBMITTER_ID, context.configuration()
                        .getSubmitterId()));

        CreateTicketResponse answer = context.client().createTicket(request, context.transactionId(exchange));

        message.setBody(answer);
        if (answer != null) {
            message.setHeader(SpectrumTicketingConstants.TICKET_ID, answer.getTicketId());
            message.setHeader(SpectrumTicketingConstants.SPECTRUM_TICKET_NUMBER, answer.getSpectrumTicketNumber());
        }
    }

    private static CreateTicketRequest read(Message message, RequestBodies bodies, String defaultSubmitter) {
        Object body = message.getBody();
        if (body instanceof CreateTicketRequest request) {
            if (request.getSubmitterId() == null || request.getSubmitterId().isBlank()) {
                request.setSubmitterId(defaultSubmitter);
            }
            return request;
        }
        JsonNode json = json(message, bodies, "createTicket");
        if (defaultSubmitter != null && !json.hasNonNull("submitterId")) {
            ((ObjectNode) json).put("submitterId", defaultSubmitter);
        }
        return bodies.createTicketRequest(json);
    }

    static JsonNode json(Message message, RequestBodies bodies, String operation) {
        Object body = message.getBody();
        if (body == null) {
            throw new SpectrumValidationException(operation, List.of(new Violation("body", "is required")));
        }
        if (body instanceof Map<?, ?> map) {
            return bodies.fromMap(map);
        }
        if (body instanceof JsonNode node) {
            if (!node.isObject()) {
                throw new SpectrumValidationException(operation,
                        List.of(new Violation("body", "must be a JSON object")));
            }
            return node.deepCopy();
        }
        String text = message.getBody(String.class);
        if (text == null || text.isBlank()) {
            throw new SpectrumValidationException(operation, List.of(new Violation("body", "is empty")));
        }
        return bodies.parse(operation, text);
    }
}
