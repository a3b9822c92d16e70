package dev.ticketbridge.spectrum.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A period during which a ticket waited on the customer, in epoch seconds (UTC).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class CustomerActionMinuteDetail extends ExtensibleObject {

    private String action;
    private Long startTime;
    private Long endTime;

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public Long getStartTime() {
        return startTime;
    }

    public void setStartTime(Long startTime) {
        this.startTime = startTime;
    }

    public Long getEndTime() {
        return endTime;
    }

    public void setEndTime(Long endTime) {
        this.endTime = endTime;
    }
}
