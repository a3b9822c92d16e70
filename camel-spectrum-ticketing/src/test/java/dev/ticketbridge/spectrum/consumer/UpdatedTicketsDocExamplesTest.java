package dev.ticketbridge.spectrum.consumer;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.model.ModelCamelContext;
import org.apache.camel.model.RoutesDefinition;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.xml.in.ModelParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The XML and YAML routes of the consumer's documentation, read from the document itself, run against the fake desk
 * and route each change by its kind as the text says.
 */
class UpdatedTicketsDocExamplesTest extends UpdatedTicketsTestSupport {

    private static final Path DOC = Path.of("src/main/docs/updated-tickets-consumer.adoc");

    @BeforeEach
    void bindTheStateAndTheIncidentRoutes() throws Exception {
        context.getRegistry().bind("ticketState", new MemoryStateRepository());
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:resolveIncident").to("mock:resolved");
                from("direct:updateIncident").to("mock:updated");
            }
        });
        DESK.open("STILL-OPEN", T);
        DESK.open("DONE", T - 86_400);
        DESK.close("DONE", T + 1);
    }

    @Test
    void xmlExampleRoutesClosedTicketsToResolveAndTheOthersToUpdate() throws Exception {
        String xml = firstBlock("xml");
        RoutesDefinition routes = new ModelParser(new StringReader("<routes>" + xml + "</routes>"))
                .parseRoutesDefinition().orElseThrow();

        context.getCamelContextExtension().getContextPlugin(ModelCamelContext.class)
                .addRouteDefinitions(routes.getRoutes());

        assertRoutedByKind();
    }

    @Test
    void yamlExampleRoutesClosedTicketsToResolveAndTheOthersToUpdate() throws Exception {
        String yaml = firstBlock("yaml");

        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("example.yaml", yaml));

        assertRoutedByKind();
    }

    private void assertRoutedByKind() throws InterruptedException {
        MockEndpoint resolved = getMockEndpoint("mock:resolved");
        MockEndpoint updated = getMockEndpoint("mock:updated");
        resolved.expectedMessageCount(1);
        updated.expectedMessageCount(1);

        MockEndpoint.assertIsSatisfied(20_000, TimeUnit.MILLISECONDS, resolved, updated);

        assertThat(delivered(resolved)).containsExactly("DONE@" + (T + 1));
        assertThat(delivered(updated)).containsExactly("STILL-OPEN@" + T);
        assertThat(context.getRoute("spectrum-updates")).isNotNull();
    }

    private static String firstBlock(String language) throws Exception {
        String doc = Files.readString(DOC);
        Matcher block = Pattern.compile("\\[source," + language + "]\\n----\\n(.*?)\\n----", Pattern.DOTALL)
                .matcher(doc);
        assertThat(block.find()).as("a " + language + " example in " + DOC).isTrue();
        return block.group(1);
    }
}
