package dev.ticketbridge.spectrum;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated component descriptor shows Camel tooling every operation, option and header, each documented.
 */
class ComponentMetadataTest {

    private static final String DESCRIPTOR = "/META-INF/dev/ticketbridge/spectrum/spectrum-ticketing.json";

    @Test
    void descriptorListsTheEightProducerOperations() throws Exception {
        JsonNode operation = descriptor().path("properties").path("operation");

        assertThat(texts(operation.path("enum"))).contains("getTickets", "getTicket", "getSites", "getCircuits",
                "getCircuit", "createTicket", "addAttachment", "addNote");
        assertThat(operation.path("required").asBoolean()).isTrue();
    }

    @Test
    void everyEndpointAndComponentOptionHasADescription() throws Exception {
        JsonNode descriptor = descriptor();
        List<String> undocumented = new ArrayList<>();

        for (String section : List.of("componentProperties", "properties", "headers")) {
            descriptor.path(section).fields().forEachRemaining(option -> {
                if (option.getValue().path("description").asText().isBlank()) {
                    undocumented.add(section + "." + option.getKey());
                }
            });
        }

        assertThat(descriptor.path("properties").size()).isGreaterThan(20);
        assertThat(undocumented).isEmpty();
    }

    @Test
    void connectionOptionsAreOnTheComponentAndTheSecretIsMarkedSecret() throws Exception {
        JsonNode component = descriptor().path("componentProperties");

        assertThat(component.has("clientId")).isTrue();
        assertThat(component.has("baseUrl")).isTrue();
        assertThat(component.path("tokenUrl").path("defaultValue").asText())
                .isEqualTo("https://apis.spectrum.net/auth/oauth/v2/token");
        assertThat(component.path("clientSecret").path("secret").asBoolean()).isTrue();
        assertThat(descriptor().path("properties").path("clientSecret").path("secret").asBoolean()).isTrue();
    }

    @Test
    void descriptorListsTheHeaders() throws Exception {
        List<String> headers = new ArrayList<>();
        descriptor().path("headers").fieldNames().forEachRemaining(headers::add);

        assertThat(headers).contains("CamelSpectrumTicketingTicketId", "CamelSpectrumTicketingCircuitId",
                "CamelSpectrumTicketingSubmitterId", "CamelSpectrumTicketingNoteAction",
                "CamelSpectrumTicketingFileName", "CamelSpectrumTicketingTransactionId",
                "CamelSpectrumTicketingStatus", "CamelSpectrumTicketingOpenDateStart",
                "CamelSpectrumTicketingOpenDateEnd", "CamelSpectrumTicketingUpdateDateStart",
                "CamelSpectrumTicketingUpdateDateEnd", "CamelSpectrumTicketingResolvedDateStart",
                "CamelSpectrumTicketingResolvedDateEnd", "CamelSpectrumTicketingClosedDateStart",
                "CamelSpectrumTicketingClosedDateEnd", "CamelSpectrumTicketingPageNumber",
                "CamelSpectrumTicketingSpectrumTicketNumber", "CamelSpectrumTicketingTicketsCount");
    }

    @Test
    void componentIsFoundByItsSchemeWithoutRegistration() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.start();

            assertThat(context.getComponent("spectrum-ticketing")).isInstanceOf(SpectrumTicketingComponent.class);
            assertThat(context.getEndpoint("spectrum-ticketing:getSites?clientId=a&clientSecret=b"))
                    .isInstanceOf(SpectrumTicketingEndpoint.class);
        }
    }

    private static JsonNode descriptor() throws Exception {
        try (InputStream in = ComponentMetadataTest.class.getResourceAsStream(DESCRIPTOR)) {
            assertThat(in).as(DESCRIPTOR).isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
