package dev.ticketbridge.spectrum.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static dev.ticketbridge.spectrum.simulator.ApiClient.example;
import static dev.ticketbridge.spectrum.simulator.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

class TokenEndpointTest {

    @RegisterExtension
    static final SpectrumSimulatorExtension SIM = SpectrumSimulatorExtension.builder()
            .tokenLifetime(Duration.ofSeconds(5))
            .resetBetweenTests(true)
            .build();

    private final ApiClient client = new ApiClient(SIM.simulator());

    @Test
    void issuesATokenForFormFieldCredentials() {
        // given the default organization's credentials as form fields

        // when
        HttpResponse<String> response = client.tokenWithFormFields("demo-client", "demo-secret");

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("access_token").asText()).isNotBlank();
        assertThat(body.get("token_type").asText()).isEqualTo("bearer");
        assertThat(body.get("expires_in").asLong()).isEqualTo(5);
    }

    @Test
    void issuesATokenForBasicCredentials() {
        // given the credentials in an HTTP Basic header

        // when
        HttpResponse<String> response = client.tokenWithBasic("demo-client", "demo-secret");

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("access_token").asText()).isNotBlank();
    }

    @Test
    void answersTokenInTheShapeOfTheProviderExample() {
        // given
        JsonNode example = example("token-response.json");

        // when
        JsonNode body = json(client.tokenWithFormFields("demo-client", "demo-secret"));

        // then
        assertThat(body.fieldNames()).toIterable().containsExactlyElementsOf(() -> example.fieldNames());
        assertThat(body.get("resultCode")).isEqualTo(example.get("resultCode"));
        assertThat(body.get("resultCodeName")).isEqualTo(example.get("resultCodeName"));
    }

    @Test
    void refusesAWrongSecretWith401() {
        // given a known client id with the wrong secret

        // when
        HttpResponse<String> form = client.tokenWithFormFields("demo-client", "wrong");
        HttpResponse<String> basic = client.tokenWithBasic("demo-client", "wrong");

        // then
        assertThat(form.statusCode()).isEqualTo(401);
        assertThat(basic.statusCode()).isEqualTo(401);
        assertThat(json(form).get("error").asText()).isEqualTo("invalid_client");
    }

    @Test
    void refusesAnUnknownClientWith401() {
        // when
        HttpResponse<String> response = client.tokenWithFormFields("nobody", "demo-secret");

        // then
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void refusesAMissingGrantTypeWith400() {
        // given a body without grant_type
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SIM.tokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("client_id=demo-client&client_secret=demo-secret"));

        // when
        HttpResponse<String> response = client.send(request);

        // then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error").asText()).isEqualTo("unsupported_grant_type");
    }

    @Test
    void acceptsAValidBearerToken() {
        // given
        String token = client.token(SIM.simulator().defaultOrganization());

        // when
        HttpResponse<String> response = client.get("/sites", token);

        // then
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void answersTheProvidersExpiredBodyOnceTheTokenLifetimeHasPassed() {
        // given a token, and time moved past its 5-second lifetime
        String token = client.token(SIM.simulator().defaultOrganization());
        SIM.simulator().clock().advance(Duration.ofSeconds(5));

        // when
        HttpResponse<String> response = client.get("/tickets", token);

        // then
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response)).isEqualTo(example("error-401-expired-token.json"));
    }

    @Test
    void expiresTokensInRealTimeToo() throws InterruptedException {
        // given a simulator whose tokens last one second
        try (SpectrumSimulator shortLived = SpectrumSimulator.builder().seedDemoData(false)
                .tokenLifetime(Duration.ofSeconds(1)).build().start()) {
            ApiClient shortClient = new ApiClient(shortLived);
            String token = shortClient.token(shortLived.defaultOrganization());
            assertThat(shortClient.get("/sites", token).statusCode()).isEqualTo(204);

            // when
            Thread.sleep(1100);
            HttpResponse<String> response = shortClient.get("/sites", token);

            // then
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(json(response).get("resultMessage").asText()).isEqualTo("Access token expired");
        }
    }

    @Test
    void refusesAnUnknownTokenWithTheInvalidTokenBody() {
        // when
        HttpResponse<String> response = client.get("/tickets", "not-a-token");

        // then
        assertThat(response.statusCode()).isEqualTo(401);
        JsonNode body = json(response);
        assertThat(body.get("resultCode").asText()).isEqualTo("2076");
        assertThat(body.get("resultCodeName").asText()).isEqualTo("INVALID_TOKEN");
        assertThat(body.get("resultMessage").asText()).isEqualTo("Invalid access token");
    }

    @Test
    void refusesARequestWithoutTokenWith401() {
        // when
        HttpResponse<String> response = client.get("/tickets", null);

        // then
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).get("resultCodeName").asText()).isEqualTo("INVALID_TOKEN");
    }

    @Test
    void refusesRevokedTokens() {
        // given
        String token = client.token(SIM.simulator().defaultOrganization());

        // when
        SIM.simulator().revokeTokens();

        // then
        assertThat(client.get("/sites", token).statusCode()).isEqualTo(401);
    }

    @Test
    void countsTokenRequestsInTheJournal() {
        // given
        client.tokenWithFormFields("demo-client", "demo-secret");
        client.tokenWithBasic("demo-client", "wrong");

        // when
        int count = SIM.simulator().tokenRequestCount();

        // then
        assertThat(count).isEqualTo(2);
    }
}
