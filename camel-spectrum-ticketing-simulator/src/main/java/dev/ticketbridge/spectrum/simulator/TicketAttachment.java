package dev.ticketbridge.spectrum.simulator;

import java.time.Instant;

/**
 * A file that a customer attached to a ticket. Spectrum never shows attachments back through the API; the
 * simulator keeps them so that a test can check what was uploaded.
 *
 * @param fileName    the file name sent in the multipart part
 * @param contentType the part's content type, or {@code null} when none was sent
 * @param content     the bytes received
 * @param submitterId the {@code submitterId} part
 * @param dateCreated when it was received, to the second
 */
public record TicketAttachment(String fileName, String contentType, byte[] content, String submitterId,
                               Instant dateCreated) {

    /**
     * The number of bytes received.
     *
     * @return the size of the file
     */
    public int size() {
        return content.length;
    }
}
