package dev.ticketbridge.spectrum.producer;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.ticketbridge.spectrum.SpectrumTicketingConfiguration;
import dev.ticketbridge.spectrum.SpectrumTicketingConstants;
import dev.ticketbridge.spectrum.client.AttachmentTypes;
import dev.ticketbridge.spectrum.client.SpectrumValidationException;
import dev.ticketbridge.spectrum.client.Violation;
import dev.ticketbridge.spectrum.model.Attachment;
import dev.ticketbridge.spectrum.model.TicketIdResponse;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.WrappedFile;

/**
 * addAttachment: the body is an {@link Attachment}, a {@code File}, a {@code Path}, bytes, a stream, or what the file
 * component delivers. The file name comes from the {@code CamelSpectrumTicketingFileName} header, the
 * {@code fileName} option, the file itself, or the file component's {@code CamelFileNameOnly} header, in that order.
 * Content is read up to one byte past the 1 MB limit, so an oversized stream is refused without being loaded whole.
 */
final class AddAttachmentOperation implements ProducerOperation {

    @Override
    public void execute(Exchange exchange, OperationContext context) throws IOException {
        Message message = exchange.getMessage();
        SpectrumTicketingConfiguration options = context.configuration();
        String ticketId = context.text(exchange, SpectrumTicketingConstants.TICKET_ID, options.getTicketId());
        String submitterId = context.text(exchange, SpectrumTicketingConstants.SUBMITTER_ID,
                options.getSubmitterId());
        Attachment attachment = read(message, context.text(exchange, SpectrumTicketingConstants.FILE_NAME,
                options.getFileName()));

        TicketIdResponse answer = context.client().addAttachment(ticketId, attachment, submitterId,
                context.transactionId(exchange));

        message.setBody(answer);
    }

    private static Attachment read(Message message, String givenName) throws IOException {
        Object body = message.getBody();
        if (body instanceof WrappedFile<?> wrapped) {
            body = wrapped.getFile();
        }
        if (body instanceof Attachment attachment) {
            return givenName == null ? attachment : new Attachment(givenName, attachment.getContent());
        }
        if (body instanceof File file) {
            body = file.toPath();
        }
        if (body instanceof Path path) {
            String name = givenName != null ? givenName : path.getFileName().toString();
            try (InputStream in = Files.newInputStream(path)) {
                return new Attachment(name, readLimited(in));
            }
        }
        String name = givenName != null ? givenName : message.getHeader(Exchange.FILE_NAME_ONLY, String.class);
        if (body instanceof byte[] bytes) {
            return new Attachment(name, bytes);
        }
        InputStream stream = message.getBody(InputStream.class);
        if (stream == null) {
            throw new SpectrumValidationException("addAttachment", List.of(new Violation("file",
                    "is required: send a File, Path, byte[] or InputStream body")));
        }
        try (InputStream in = stream) {
            return new Attachment(name, readLimited(in));
        }
    }

    private static byte[] readLimited(InputStream in) throws IOException {
        // One byte past the limit is enough to know the file is too large.
        return in.readNBytes((int) AttachmentTypes.MAX_SIZE_BYTES + 1);
    }
}
