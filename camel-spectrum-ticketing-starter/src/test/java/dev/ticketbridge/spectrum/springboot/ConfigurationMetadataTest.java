package dev.ticketbridge.spectrum.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.DurationStyle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The IDE metadata the build generates covers every option of the component, each with its description and, where
 * the component has one, its default. When the component gains an option, this test names it until the starter's
 * properties class has it too.
 */
class ConfigurationMetadataTest {

    private static final String PREFIX = "camel.component.spectrum-ticketing.";

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void everyComponentOptionHasADescribedProperty() throws IOException {
        Map<String, JsonNode> properties = springProperties();

        List<String> missing = new ArrayList<>();
        componentOptions().fieldNames().forEachRemaining(option -> {
            JsonNode property = properties.get(PREFIX + kebab(option));
            if (property == null || property.path("description").asText("").isBlank()) {
                missing.add(option);
            }
        });

        assertThat(missing).as("component options without a described property in "
                               + "SpectrumTicketingComponentConfiguration").isEmpty();
    }

    @Test
    void everyComponentDefaultIsShown() throws IOException {
        Map<String, JsonNode> properties = springProperties();

        List<String> withoutDefault = new ArrayList<>();
        componentOptions().fields().forEachRemaining(option -> {
            JsonNode property = properties.get(PREFIX + kebab(option.getKey()));
            if (option.getValue().has("defaultValue") && (property == null || !property.has("defaultValue"))) {
                withoutDefault.add(option.getKey());
            }
        });

        assertThat(withoutDefault).as("component options whose default the IDE would not show").isEmpty();
    }

    @Test
    void theDefaultsShownAreTheComponentsDefaults() throws IOException {
        Map<String, JsonNode> properties = springProperties();

        Map<String, String> different = new HashMap<>();
        componentOptions().fields().forEachRemaining(option -> {
            JsonNode property = properties.get(PREFIX + kebab(option.getKey()));
            JsonNode componentDefault = option.getValue().get("defaultValue");
            if (componentDefault != null && property != null && property.has("defaultValue")) {
                String shown = normalized(option.getValue(), property.get("defaultValue").asText());
                if (!shown.equals(normalized(option.getValue(), componentDefault.asText()))) {
                    different.put(option.getKey(), shown + " instead of " + componentDefault.asText());
                }
            }
        });

        assertThat(different).as("defaults that differ from the component's").isEmpty();
    }

    @Test
    void theSwitchesOfTheAutoConfigurationAreDescribed() throws IOException {
        Map<String, JsonNode> properties = springProperties();

        assertThat(properties.get(PREFIX + "enabled").path("description").asText()).isNotBlank();
        assertThat(properties.get(PREFIX + "customizer.enabled").path("description").asText()).isNotBlank();
    }

    private JsonNode componentOptions() throws IOException {
        return read("META-INF/dev/ticketbridge/spectrum/spectrum-ticketing.json").path("componentProperties");
    }

    private Map<String, JsonNode> springProperties() throws IOException {
        Map<String, JsonNode> byName = new HashMap<>();
        for (JsonNode property : read("META-INF/spring-configuration-metadata.json").path("properties")) {
            byName.put(property.path("name").asText(), property);
        }
        return byName;
    }

    private JsonNode read(String resource) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return mapper.readTree(in);
        }
    }

    /** Durations as milliseconds and enum constants in one spelling, so that "10s" matches 10000. */
    private static String normalized(JsonNode option, String value) {
        String type = option.path("type").asText();
        if ("duration".equals(type)) {
            return value.chars().allMatch(Character::isDigit) ? value
                    : String.valueOf(DurationStyle.detectAndParse(value).toMillis());
        }
        if ("enum".equals(type)) {
            return value.replace('-', '_').toUpperCase(Locale.ROOT);
        }
        return value;
    }

    private static String kebab(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }
}
