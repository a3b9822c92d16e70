package dev.ticketbridge.spectrum.simulator;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.ticketbridge.spectrum.simulator.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

class FaultsAndJournalTest {

    @RegisterExtension
    static final SpectrumSimulatorExtension SIM = SpectrumSimulatorExtension.builder().resetBetweenTests(true).build();

    private final ApiClient client = new ApiClient(SIM.simulator());
    private SpectrumSimulator sim;
    private String token;

    @BeforeEach
    void getToken() {
        sim = SIM.simulator();
        token = client.token(sim.defaultOrganization());
    }

    @Test
    void resetsTheConnectionWhereAFaultIsInjected() {
        // given
        sim.injectFault(".*/tickets", Fault.CONNECTION_RESET_BY_PEER);

        // when / then
        assertThatThrownBy(() -> client.get("/tickets", token)).isInstanceOf(UncheckedIOException.class);
        assertThat(client.get("/sites", token).statusCode()).isEqualTo(200);
    }

    @Test
    void sendsAnEmptyResponseWhereAsked() {
        // given a fault until cleared: java.net.http retries an idempotent GET once by itself
        sim.injectFault(".*/sites", Fault.EMPTY_RESPONSE);

        // when / then
        assertThatThrownBy(() -> client.get("/sites", token)).isInstanceOf(UncheckedIOException.class);
        sim.clearFaults();
        assertThat(client.get("/sites", token).statusCode()).isEqualTo(200);
    }

    @Test
    void injectsAFaultForACountedNumberOfRequests() {
        // given one reset, on a POST, which java.net.http does not retry by itself
        sim.injectFault(".*/tickets", Fault.CONNECTION_RESET_BY_PEER, 1);

        // when
        Throwable failure = catchThrowable(() -> client.postJson("/tickets", token, "{}"));
        int next = client.postJson("/tickets", token, "{}").statusCode();

        // then
        assertThat(failure).isInstanceOf(UncheckedIOException.class);
        assertThat(next).isEqualTo(400);
    }

    @Test
    void failsTheNextRequestsThenRecovers() {
        // given
        sim.failNext(".*/tickets", 503, 2);

        // when
        int first = client.get("/tickets", token).statusCode();
        int second = client.get("/tickets", token).statusCode();
        int third = client.get("/tickets", token).statusCode();

        // then
        assertThat(first).isEqualTo(503);
        assertThat(second).isEqualTo(503);
        assertThat(third).isEqualTo(200);
    }

    @Test
    void failsTheTokenEndpointToo() {
        // given
        sim.failNext(".*/oauth/v2/token", 500, 1);

        // when
        HttpResponse<String> failed = client.tokenWithFormFields("demo-client", "demo-secret");

        // then
        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(json(failed).get("message").asText()).contains("temporarily unavailable");
    }

    @Test
    void answersTheInvalidTokenBodyForASimulated401() {
        // given
        sim.failNext(".*/tickets/.*", 401, 1);

        // when
        HttpResponse<String> response = client.get("/tickets/" + DemoData.OPEN_TICKET_ID, token);

        // then
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).get("resultCodeName").asText()).isEqualTo("INVALID_TOKEN");
    }

    @Test
    void delaysMatchingAnswers() {
        // given
        sim.delay(".*/sites", Duration.ofMillis(300));

        // when
        long start = System.nanoTime();
        client.get("/sites", token);
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

        // then
        assertThat(elapsedMillis).isGreaterThanOrEqualTo(300);
    }

    @Test
    void clearsFaults() {
        // given
        sim.failNext(".*", 500, 100);

        // when
        sim.clearFaults();

        // then
        assertThat(client.get("/sites", token).statusCode()).isEqualTo(200);
    }

    @Test
    void letsWireMockStubsTakePrecedence() {
        // given
        sim.wireMock().stubFor(WireMock.get(urlPathEqualTo(SpectrumSimulator.DEFAULT_API_BASE_PATH + "/sites"))
                .willReturn(WireMock.aResponse().withStatus(500).withBody("{\"message\":\"stubbed\"}")));

        // when
        HttpResponse<String> response = client.get("/sites", token);

        // then
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(client.get("/circuits", token).statusCode()).isEqualTo(200);
    }

    @Test
    void echoesTheTransactionIdAndKeepsItInTheJournal() {
        // when
        HttpResponse<String> response = client.send(client.api("/sites", token).header("X_TXN_ID", "txn-42").GET());

        // then
        assertThat(response.headers().firstValue("X_TXN_ID")).contains("txn-42");
        assertThat(sim.lastTransactionId()).contains("txn-42");
    }

    @Test
    void recordsRequestsForVerification() {
        // when
        client.get("/tickets?paginate=false", token);

        // then
        assertThat(sim.requestsTo(".*/tickets")).singleElement()
                .satisfies(r -> assertThat(r.getUrl()).endsWith("/tickets?paginate=false"));
        sim.wireMock().verify(1, getRequestedFor(urlPathEqualTo(SpectrumSimulator.DEFAULT_API_BASE_PATH
                + "/tickets")));
        assertThat(sim.requests().get(0).getUrl()).isEqualTo(SpectrumSimulator.DEFAULT_TOKEN_PATH);
    }
}
