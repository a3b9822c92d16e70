package dev.ticketbridge.spectrum;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.ticketbridge.spectrum.Fixtures.fixture;

/**
 * A Camel context whose {@code spectrum-ticketing} component points at a WireMock server that plays the provider,
 * with the token endpoint answering the provider's example token.
 */
public abstract class SpectrumWireMockTestSupport extends CamelTestSupport {

    public static final String API_PATH = "/entservices/ticketing-b2b/v1";
    public static final String TOKEN_PATH = "/auth/oauth/v2/token";
    public static final String CLIENT_ID = "acme-client";
    public static final String CLIENT_SECRET = "Sup3r-S3cret-Value-42";
    public static final String ACCESS_TOKEN = "<encrypted_token_XYZ>";

    @RegisterExtension
    static WireMockExtension provider = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        SpectrumTicketingComponent component = new SpectrumTicketingComponent();
        component.getConfiguration().setBaseUrl(provider.baseUrl() + API_PATH);
        component.getConfiguration().setTokenUrl(provider.baseUrl() + TOKEN_PATH);
        component.getConfiguration().setClientId(CLIENT_ID);
        component.getConfiguration().setClientSecret(CLIENT_SECRET);
        component.getConfiguration().setSubmitterId("noc@acme.example");
        context.addComponent("spectrum-ticketing", component);
        return context;
    }

    @BeforeEach
    void stubTokenEndpoint() {
        provider.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(okJson(fixture("token-response.json"))));
    }

    protected static ResponseDefinitionBuilder okJson(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json;charset=utf-8")
                .withBody(body);
    }

    /** The API answers GET {@code path} (below the API base) with the provider's example {@code fixture}. */
    protected static void stubGet(String path, String fixture) {
        provider.stubFor(get(urlPathEqualTo(api(path))).willReturn(okJson(fixture(fixture))));
    }

    /** The API answers POST {@code path} (below the API base) with the provider's example {@code fixture}. */
    protected static void stubPost(String path, String fixture) {
        provider.stubFor(post(urlPathEqualTo(api(path))).willReturn(okJson(fixture(fixture))));
    }

    protected static int tokenRequests() {
        return provider.findAll(postRequestedFor(urlPathEqualTo(TOKEN_PATH))).size();
    }

    protected static String api(String path) {
        return API_PATH + path;
    }

    protected static WireMock wireMock() {
        return provider.getRuntimeInfo().getWireMock();
    }
}
