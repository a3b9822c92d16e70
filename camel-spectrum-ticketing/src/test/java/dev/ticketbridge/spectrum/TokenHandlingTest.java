package dev.ticketbridge.spectrum;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.ticketbridge.spectrum.client.SpectrumAuthenticationException;
import dev.ticketbridge.spectrum.client.TokenAuthMethod;
import org.apache.camel.CamelExecutionException;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.ticketbridge.spectrum.Fixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * OAuth2 client-credentials tokens: both styles, cached for their lifetime, one request at a time, renewed once when
 * the API refuses one.
 */
class TokenHandlingTest extends SpectrumWireMockTestSupport {

    @Test
    void manyCallsShareOneToken() {
        stubSites();

        for (int i = 0; i < 25; i++) {
            template.requestBody("spectrum-ticketing:getSites", (Object) null);
        }

        assertThat(tokenRequests()).isEqualTo(1);
        provider.verify(25, getRequestedFor(urlPathEqualTo(api("/sites"))));
    }

    @Test
    void endpointsWithTheSameCredentialsShareOneToken() {
        stubSites();
        stubGet("/circuits", "circuits-response.json");

        template.requestBody("spectrum-ticketing:getSites", (Object) null);
        template.requestBody("spectrum-ticketing:getCircuits?connectTimeout=5000", (Object) null);

        assertThat(tokenRequests()).isEqualTo(1);
    }

    @Test
    void endpointsWithOtherCredentialsGetTheirOwnToken() {
        stubSites();

        template.requestBody("spectrum-ticketing:getSites", (Object) null);
        template.requestBody("spectrum-ticketing:getSites?clientId=other-org&clientSecret=other-secret", (Object) null);

        assertThat(tokenRequests()).isEqualTo(2);
        provider.verify(postRequestedFor(urlPathEqualTo(TOKEN_PATH))
                .withRequestBody(containing("client_id=other-org")));
    }

    @Test
    void sixteenConcurrentCallersTriggerOneTokenRequest() throws Exception {
        stubSites();
        provider.stubFor(post(urlPathEqualTo(TOKEN_PATH))
                .willReturn(okJson(fixture("token-response.json")).withFixedDelay(300)));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Object>> calls = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            calls.add(() -> {
                start.await();
                return template.requestBody("spectrum-ticketing:getSites", (Object) null);
            });
        }

        List<Future<Object>> results = new ArrayList<>();
        for (Callable<Object> call : calls) {
            results.add(pool.submit(call));
        }
        start.countDown();
        for (Future<Object> result : results) {
            assertThat(result.get(30, TimeUnit.SECONDS)).isNotNull();
        }
        pool.shutdown();

        assertThat(tokenRequests()).isEqualTo(1);
        provider.verify(16, getRequestedFor(urlPathEqualTo(api("/sites"))));
    }

    @Test
    void formStyleSendsTheCredentialsAsFormFields() {
        stubSites();

        template.requestBody("spectrum-ticketing:getSites?tokenAuthMethod=FORM", (Object) null);

        provider.verify(postRequestedFor(urlPathEqualTo(TOKEN_PATH))
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                .withHeader("Authorization", absent())
                .withRequestBody(containing("grant_type=client_credentials"))
                .withRequestBody(containing("client_id=" + CLIENT_ID))
                .withRequestBody(containing("client_secret=" + CLIENT_SECRET)));
    }

    @Test
    void basicStyleSendsTheCredentialsInTheAuthorizationHeader() {
        stubSites();
        String basic = java.util.Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes());

        template.requestBody("spectrum-ticketing:getSites?tokenAuthMethod=" + TokenAuthMethod.BASIC, (Object) null);

        provider.verify(postRequestedFor(urlPathEqualTo(TOKEN_PATH))
                .withHeader("Authorization", equalTo("Basic " + basic))
                .withRequestBody(equalTo("grant_type=client_credentials")));
    }

    @Test
    void expiredTokenIsRenewedBeforeUse() throws Exception {
        stubSites();
        provider.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(okJson(
                fixture("token-response.json").replace("3600", "1"))));

        template.requestBody("spectrum-ticketing:getSites", (Object) null);
        Thread.sleep(1100);
        template.requestBody("spectrum-ticketing:getSites", (Object) null);

        assertThat(tokenRequests()).isEqualTo(2);
    }

    @Test
    void refusedTokenIsRenewedAndTheRequestReplayedOnce() {
        provider.stubFor(get(urlPathEqualTo(api("/sites"))).inScenario("expiry")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(401).withBody(fixture("error-401-expired-token.json")))
                .willSetStateTo("renewed"));
        provider.stubFor(get(urlPathEqualTo(api("/sites"))).inScenario("expiry").whenScenarioStateIs("renewed")
                .willReturn(okJson(fixture("sites-response.json"))));

        List<?> sites = template.requestBody("spectrum-ticketing:getSites", null, List.class);

        assertThat(sites).hasSize(1);
        assertThat(tokenRequests()).isEqualTo(2);
        provider.verify(2, getRequestedFor(urlPathEqualTo(api("/sites"))));
    }

    @Test
    void tokenRefusedTwiceFailsWithTheProvidersCodeAfterOneReplay() {
        provider.stubFor(get(urlPathEqualTo(api("/sites")))
                .willReturn(aResponse().withStatus(401).withBody(fixture("error-401-expired-token.json"))));

        CamelExecutionException error = catchThrowableOfType(CamelExecutionException.class,
                () -> template.requestBody("spectrum-ticketing:getSites", (Object) null));

        assertThat(error.getCause()).isInstanceOfSatisfying(SpectrumAuthenticationException.class, e -> {
            assertThat(e.getStatusCode()).isEqualTo(401);
            assertThat(e.getProviderCode()).isEqualTo("2076 INVALID_TOKEN");
            assertThat(e.getProviderMessage()).isEqualTo("Access token expired");
        });
        provider.verify(2, getRequestedFor(urlPathEqualTo(api("/sites"))));
        assertThat(tokenRequests()).isEqualTo(2);
    }

    @Test
    void credentialsRefusedByTheTokenEndpointFailWithoutCallingTheApi() {
        stubSites();
        provider.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(401)
                .withBody("{\"resultCode\":\"2001\",\"resultCodeName\":\"INVALID_CLIENT\","
                          + "\"resultMessage\":\"Client authentication failed\"}")));

        CamelExecutionException error = catchThrowableOfType(CamelExecutionException.class,
                () -> template.requestBody("spectrum-ticketing:getSites", (Object) null));

        assertThat(error.getCause()).isInstanceOf(SpectrumAuthenticationException.class)
                .hasMessageContaining("token failed with HTTP 401, provider code 2001 INVALID_CLIENT: "
                                      + "Client authentication failed");
        provider.verify(0, getRequestedFor(urlPathEqualTo(api("/sites"))));
    }

    private static void stubSites() {
        stubGet("/sites", "sites-response.json");
    }
}
