package dev.ticketbridge.spectrum.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The answer to adding a note or an attachment: the id of the ticket that was updated.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "ticketId" })
public class TicketIdResponse extends ExtensibleObject {

    private String ticketId;

    public String getTicketId() {
        return ticketId;
    }

    public void setTicketId(String ticketId) {
        this.ticketId = ticketId;
    }

    @Override
    public String toString() {
        return "TicketIdResponse[ticketId=" + ticketId + "]";
    }

}
