package dev.ticketbridge.spectrum.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The answer to POST /tickets: the new ticket's id and its ECT number, the reference Spectrum's support uses.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "ticketId", "spectrumTicketNumber" })
public class CreateTicketResponse extends ExtensibleObject {

    private String ticketId;
    private String spectrumTicketNumber;

    public String getTicketId() {
        return ticketId;
    }

    public void setTicketId(String ticketId) {
        this.ticketId = ticketId;
    }

    public String getSpectrumTicketNumber() {
        return spectrumTicketNumber;
    }

    public void setSpectrumTicketNumber(String spectrumTicketNumber) {
        this.spectrumTicketNumber = spectrumTicketNumber;
    }

    @Override
    public String toString() {
        return "CreateTicketResponse[ticketId=" + ticketId + ", spectrumTicketNumber=" + spectrumTicketNumber + "]";
    }

}
