package dev.ticketbridge.spectrum.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The body of POST /tickets/{ticket_id}/notes: a note of at most 10,000 characters from a submitter of at most 254,
 * with the action {@code Customer-Note} or {@code Customer-Closure} (a request to close the ticket).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "note", "submitterId", "action" })
public class NoteRequest {

    private String note;
    private String submitterId;
    private String action;

    /** Starts a request; {@link Builder#build()} does not validate, the client does before sending. */
    public static Builder builder() {
        return new Builder();
    }

    /** The text of the note, at most 10,000 characters. */
    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    /** Who adds the note, at most 254 characters. */
    public String getSubmitterId() {
        return submitterId;
    }

    public void setSubmitterId(String submitterId) {
        this.submitterId = submitterId;
    }

    /** {@code Customer-Note} or {@code Customer-Closure}. */
    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    @Override
    public String toString() {
        return "NoteRequest[action=" + action + ", length=" + (note == null ? 0 : note.length()) + "]";
    }

    /** Builds a {@link NoteRequest} field by field. */
    public static final class Builder {

        private final NoteRequest request = new NoteRequest();

        private Builder() {
        }

        public Builder note(String value) {
            request.note = value;
            return this;
        }

        public Builder submitterId(String value) {
            request.submitterId = value;
            return this;
        }

        public Builder action(String value) {
            request.action = value;
            return this;
        }

        public Builder action(NoteAction value) {
            request.action = value == null ? null : value.value();
            return this;
        }

        public NoteRequest build() {
            return request;
        }
    }
}
