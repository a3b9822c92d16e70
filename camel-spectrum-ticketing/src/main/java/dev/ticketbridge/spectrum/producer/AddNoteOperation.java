package dev.ticketbridge.spectrum.producer;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ticketbridge.spectrum.SpectrumTicketingConfiguration;
import dev.ticketbridge.spectrum.SpectrumTicketingConstants;
import dev.ticketbridge.spectrum.model.NoteRequest;
import dev.ticketbridge.spectrum.model.TicketIdResponse;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * addNote: the body is the note's text, or a {@link NoteRequest}, a {@code Map} or a JSON object with {@code note},
 * {@code submitterId} and {@code action}. What the body does not say comes from the headers, then the endpoint
 * options. The body becomes the {@link TicketIdResponse}.
 */
final class AddNoteOperation implements ProducerOperation {

    @Override
    public void execute(Exchange exchange, OperationContext context) {
        Message message = exchange.getMessage();
        SpectrumTicketingConfiguration options = context.configuration();
        NoteRequest note = read(message, context);
        if (isBlank(note.getSubmitterId())) {
            note.setSubmitterId(context.text(exchange, SpectrumTicketingConstants.SUBMITTER_ID,
                    options.getSubmitterId()));
        }
        if (isBlank(note.getAction())) {
            Object header = message.getHeader(SpectrumTicketingConstants.NOTE_ACTION);
            note.setAction(Values.noteAction(header != null ? header : options.getNoteAction()));
        } else {
            note.setAction(Values.noteAction(note.getAction()));
        }
        String ticketId = context.text(exchange, SpectrumTicketingConstants.TICKET_ID, options.getTicketId());

        TicketIdResponse answer = context.client().addNote(ticketId, note, context.transactionId(exchange));

        message.setBody(answer);
    }

    private static NoteRequest read(Message message, OperationContext context) {
        Object body = message.getBody();
        if (body instanceof NoteRequest note) {
            return note;
        }
        if (!(body instanceof Map<?, ?>) && !(body instanceof JsonNode)) {
            // Read once and keep as text: a stream body could not be read a second time.
            String text = message.getBody(String.class);
            message.setBody(text);
            if (!looksLikeJsonNote(text)) {
                NoteRequest note = new NoteRequest();
                note.setNote(text);
                return note;
            }
        }
        return context.requestBodies().noteRequest(CreateTicketOperation.json(message, context.requestBodies(),
                "addNote"));
    }

    private static boolean looksLikeJsonNote(String text) {
        // Plain text is the usual body; a JSON object is only taken as a structured note when it has a note field.
        if (text == null) {
            return false;
        }
        String trimmed = text.strip();
        return trimmed.startsWith("{") && trimmed.endsWith("}") && trimmed.contains("\"note\"");
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
