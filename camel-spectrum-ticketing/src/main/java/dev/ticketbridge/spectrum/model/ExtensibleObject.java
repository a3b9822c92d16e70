package dev.ticketbridge.spectrum.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Base of every object the provider sends. Fields this version of the model does not know are kept, not dropped, so
 * that a route that reads a ticket and writes it on as JSON passes on what the provider added since.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class ExtensibleObject {

    // Created on the first unknown field: most answers have none, and a list of 10,000 tickets holds many objects.
    private Map<String, Object> additionalProperties;

    /**
     * Fields of the provider's answer that this model does not name, by JSON field name; empty when there are none.
     */
    @JsonAnyGetter
    public Map<String, Object> getAdditionalProperties() {
        return additionalProperties == null ? Collections.emptyMap() : additionalProperties;
    }

    @JsonAnySetter
    public void setAdditionalProperty(String name, Object value) {
        if (additionalProperties == null) {
            additionalProperties = new LinkedHashMap<>();
        }
        additionalProperties.put(name, value);
    }
}
