package dev.ticketbridge.spectrum;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.ticketbridge.spectrum.Fixtures.fixture;

/**
 * What the file component delivers is a body the producer takes as it is: a JSON request, or a file to attach.
 */
class FileRouteTest extends SpectrumWireMockTestSupport {

    @TempDir
    static Path folders;

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("file:" + folders.resolve("requests") + "?initialDelay=0&delay=50")
                        .to("spectrum-ticketing:createTicket")
                        .to("mock:created");
                from("file:" + folders.resolve("attachments") + "?initialDelay=0&delay=50")
                        .setHeader(SpectrumTicketingConstants.TICKET_ID, constant("T1"))
                        .to("spectrum-ticketing:addAttachment")
                        .to("mock:attached");
            }
        };
    }

    @Test
    void jsonFileDroppedInAFolderBecomesATicket() throws Exception {
        stubPost("/tickets", "create-ticket-response.json");
        MockEndpoint created = getMockEndpoint("mock:created");
        created.expectedHeaderReceived(SpectrumTicketingConstants.SPECTRUM_TICKET_NUMBER, "ECT-12345678");

        Files.createDirectories(folders.resolve("requests"));
        Files.writeString(folders.resolve("requests/outage.json"), fixture("create-ticket-request.json"));

        created.assertIsSatisfied(10_000);
        provider.verify(postRequestedFor(urlPathEqualTo(api("/tickets")))
                .withRequestBody(equalToJson(fixture("create-ticket-request.json"))));
    }

    @Test
    void fileDroppedInAFolderIsAttachedUnderItsOwnName() throws Exception {
        stubPost("/tickets/T1/attachments", "ticket-id-response.json");
        MockEndpoint attached = getMockEndpoint("mock:attached");
        attached.expectedMessageCount(1);

        Files.createDirectories(folders.resolve("attachments"));
        Files.writeString(folders.resolve("attachments/speedtest.csv"), "time,mbps\n09:00,0.2\n");

        attached.assertIsSatisfied(10_000);
        provider.verify(postRequestedFor(urlPathEqualTo(api("/tickets/T1/attachments")))
                .withRequestBodyPart(aMultipart("file").withHeader("Content-Disposition",
                        matching(".*filename=\"speedtest.csv\".*")).withBody(equalTo("time,mbps\n09:00,0.2\n")).build())
                .withRequestBodyPart(aMultipart("submitterId").withBody(equalTo("noc@acme.example")).build()));
    }
}
