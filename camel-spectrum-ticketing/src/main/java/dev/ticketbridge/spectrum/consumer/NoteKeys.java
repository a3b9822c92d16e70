package dev.ticketbridge.spectrum.consumer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import dev.ticketbridge.spectrum.model.TicketNote;

/**
 * Identifies a note, which the provider gives no id, by its creation second, type and text. A key reads
 * {@code <dateCreated>:<hash>}: the date in front lets old keys be pruned without the note, and the hash keeps the
 * state small and free of the note's text.
 */
final class NoteKeys {

    private static final int HASH_HEX_LENGTH = 16;

    private NoteKeys() {
    }

    /** The key of a note; a note without a date counts as written at second 0, so it is never "new". */
    static String key(TicketNote note) {
        return dateCreated(note) + ":" + hash(note.getNoteType() + "\n" + note.getNote());
    }

    /** The creation second of a note; 0 when the provider sent none. */
    static long dateCreated(TicketNote note) {
        return note.getDateCreated() == null ? 0 : note.getDateCreated();
    }

    /** The creation second written in front of a key. */
    static long dateCreated(String key) {
        int colon = key.indexOf(':');
        try {
            return colon < 0 ? 0 : Long.parseLong(key.substring(0, colon));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_HEX_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
