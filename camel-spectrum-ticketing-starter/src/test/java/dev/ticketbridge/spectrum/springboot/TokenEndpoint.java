package dev.ticketbridge.spectrum.springboot;

import com.github.tomakehurst.wiremock.WireMockServer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * A token endpoint that accepts one client secret and refuses every other with 401, as the provider does.
 */
final class TokenEndpoint {

    static final String PATH = "/auth/oauth/v2/token";
    static final String CLIENT_ID = "acme-client";
    static final String RIGHT_SECRET = "Right-S3cret-Value-42";
    static final String WRONG_SECRET = "Wrong-S3cret-Value-99";
    static final String ACCESS_TOKEN = "starter-test-token-abc";

    private TokenEndpoint() {
    }

    static WireMockServer start() {
        WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        server.stubFor(post(urlPathEqualTo(PATH)).atPriority(10).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"resultMessage\": \"Invalid client credentials\", \"resultCode\": \"2001\"}")));
        server.stubFor(post(urlPathEqualTo(PATH)).atPriority(1)
                .withRequestBody(containing("client_secret=" + RIGHT_SECRET))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"token_type\": \"bearer\", \"access_token\": \"" + ACCESS_TOKEN
                                  + "\", \"expires_in\": 3600}")));
        return server;
    }
}
