package dev.ticketbridge.spectrum.model;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A work note on a ticket, as the single-ticket lookup returns it. The provider gives notes no id: a note is told
 * apart from another by its creation time, type and text together.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class TicketNote extends ExtensibleObject {

    private Long dateCreated;
    private String noteType;
    private String note;

    /** When the note was written; {@code null} when the provider sent no date. */
    public Instant createdAt() {
        return dateCreated == null ? null : Instant.ofEpochSecond(dateCreated);
    }

    /** Epoch seconds (UTC) at which the note was written. */
    public Long getDateCreated() {
        return dateCreated;
    }

    public void setDateCreated(Long dateCreated) {
        this.dateCreated = dateCreated;
    }

    /** The kind of note, such as {@code General}, {@code Escalation} or {@code Handoff ETS}. */
    public String getNoteType() {
        return noteType;
    }

    public void setNoteType(String noteType) {
        this.noteType = noteType;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    @Override
    public String toString() {
        return "TicketNote[dateCreated=" + dateCreated + ", noteType=" + noteType + "]";
    }
}
