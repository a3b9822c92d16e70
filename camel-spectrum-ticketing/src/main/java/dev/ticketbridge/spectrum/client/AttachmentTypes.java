package dev.ticketbridge.spectrum.client;

import java.util.Locale;
import java.util.Map;

import org.apache.hc.core5.http.ContentType;

/**
 * The file types the provider accepts as attachments, by file name extension, with the content type sent for each.
 */
public final class AttachmentTypes {

    /** The provider's limit: one file of at most 1 MB, counted here as 1,048,576 bytes. */
    public static final long MAX_SIZE_BYTES = 1024L * 1024L;

    private static final Map<String, String> CONTENT_TYPES = Map.ofEntries(
            Map.entry("jpg", "image/jpeg"),
            Map.entry("png", "image/png"),
            Map.entry("gif", "image/gif"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("csv", "text/csv"),
            Map.entry("xml", "application/xml"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("doc", "application/msword"),
            Map.entry("txt", "text/plain"),
            Map.entry("msg", "application/vnd.ms-outlook"),
            Map.entry("zip", "application/zip"));

    private AttachmentTypes() {
    }

    /** True when the provider accepts files with this name's extension, in any case. */
    public static boolean isAllowed(String fileName) {
        return CONTENT_TYPES.containsKey(extension(fileName));
    }

    /** The accepted extensions, for messages. */
    public static String allowedExtensions() {
        return "jpg, png, gif, xlsx, xls, csv, xml, pdf, docx, doc, txt, msg, zip";
    }

    static ContentType contentType(String fileName) {
        String type = CONTENT_TYPES.get(extension(fileName));
        return type == null ? ContentType.APPLICATION_OCTET_STREAM : ContentType.create(type);
    }

    private static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
