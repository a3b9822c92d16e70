package dev.ticketbridge.spectrum;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The component's documentation stays true to its generated metadata: every option, header and operation is in it.
 */
class ComponentDocsTest {

    private static final Path DOCS = Path.of("src/main/docs");
    private static final String DESCRIPTOR = "/META-INF/dev/ticketbridge/spectrum/spectrum-ticketing.json";

    @Test
    void componentDocumentNamesEveryOptionHeaderAndOperation() throws Exception {
        String docs = Files.readString(DOCS.resolve("spectrum-ticketing-component.adoc"))
                      + Files.readString(DOCS.resolve("updated-tickets-consumer.adoc"));
        JsonNode descriptor;
        try (InputStream in = getClass().getResourceAsStream(DESCRIPTOR)) {
            descriptor = new ObjectMapper().readTree(in);
        }
        List<String> missing = new ArrayList<>();

        String flatDocs = docs.replaceAll("\\s+", " ");
        for (String section : List.of("componentProperties", "properties", "headers")) {
            descriptor.path(section).fields().forEachRemaining(option -> {
                String name = option.getKey();
                String description = option.getValue().path("description").asText().replace("|", "\\|")
                        .replaceAll("\\s+", " ");
                if (!"configuration".equals(name) && !docs.contains(name)) {
                    missing.add(section + "." + name);
                } else if (!"configuration".equals(name) && !flatDocs.contains(description)) {
                    missing.add(section + "." + name + " (its description changed)");
                }
            });
        }
        descriptor.path("properties").path("operation").path("enum").forEach(operation -> {
            if (!docs.contains("`" + operation.asText() + "`")) {
                missing.add("operation " + operation.asText());
            }
        });

        assertThat(missing).as("regenerate the tables of spectrum-ticketing-component.adoc").isEmpty();
    }
}
