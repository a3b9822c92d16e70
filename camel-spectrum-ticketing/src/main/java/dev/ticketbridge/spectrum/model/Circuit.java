package dev.ticketbridge.spectrum.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A network circuit of the caller's organization. Circuit ids are opaque: the provider writes them both with and
 * without a double dot ({@code 94.L1XX.001464CHTR}, {@code 51.L4XX.000589..TWCC}), so they are never normalized.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Circuit extends ExtensibleObject {

    private String circuitId;
    private String cxId;
    private CircuitLocation location;

    public String getCircuitId() {
        return circuitId;
    }

    public void setCircuitId(String circuitId) {
        this.circuitId = circuitId;
    }

    public String getCxId() {
        return cxId;
    }

    public void setCxId(String cxId) {
        this.cxId = cxId;
    }

    public CircuitLocation getLocation() {
        return location;
    }

    public void setLocation(CircuitLocation location) {
        this.location = location;
    }

    @Override
    public String toString() {
        return "Circuit[circuitId=" + circuitId + "]";
    }
}
