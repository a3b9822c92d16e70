package dev.ticketbridge.spectrum.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The envelope of GET /circuits.
 */
public class CircuitList extends ExtensibleObject {

    private Integer circuitsCount;
    private List<Circuit> circuits = new ArrayList<>();

    public Integer getCircuitsCount() {
        return circuitsCount;
    }

    public void setCircuitsCount(Integer circuitsCount) {
        this.circuitsCount = circuitsCount;
    }

    public List<Circuit> getCircuits() {
        return circuits;
    }

    public void setCircuits(List<Circuit> circuits) {
        this.circuits = circuits == null ? new ArrayList<>() : circuits;
    }
}
