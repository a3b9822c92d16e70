package dev.ticketbridge.spectrum.model;

import java.util.Objects;

/**
 * A file to attach to a ticket. The provider takes one file of at most 1 MB per call, of the types jpg, png, gif,
 * xlsx, xls, csv, xml, pdf, docx, doc, txt, msg or zip, recognized by the file name's extension. The content is held
 * in memory: at most 1 MB, and the request may be replayed once after a token refresh.
 */
public final class Attachment {

    private final String fileName;
    private final byte[] content;

    public Attachment(String fileName, byte[] content) {
        this.fileName = fileName;
        this.content = Objects.requireNonNull(content, "content");
    }

    public String getFileName() {
        return fileName;
    }

    /** The bytes of the file; the array is not copied. */
    public byte[] getContent() {
        return content;
    }

    public long getSize() {
        return content.length;
    }

    @Override
    public String toString() {
        return "Attachment[fileName=" + fileName + ", size=" + content.length + "]";
    }
}
