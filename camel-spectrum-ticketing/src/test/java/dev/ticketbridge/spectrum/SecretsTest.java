package dev.ticketbridge.spectrum;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.Endpoint;
import org.apache.camel.util.URISupport;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.ticketbridge.spectrum.Fixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client secret and the access token appear in no log line at any level, no endpoint URI or toString, and no
 * exception message.
 */
class SecretsTest extends SpectrumWireMockTestSupport {

    private static final String TOKEN = "eyJ-very-secret-access-token";

    private final List<String> logLines = new CopyOnWriteArrayList<>();
    private AbstractAppender capture;
    private Level previousLevel;

    @BeforeEach
    void captureEveryLogLineAtTrace() {
        LoggerContext logging = (LoggerContext) LogManager.getContext(false);
        Configuration config = logging.getConfiguration();
        capture = new AbstractAppender("secrets-capture", null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                logLines.add(event.getLoggerName() + " " + event.getMessage().getFormattedMessage()
                             + (event.getThrown() == null ? "" : " " + event.getThrown()));
            }
        };
        capture.start();
        LoggerConfig ours = config.getLoggerConfig("dev.ticketbridge");
        previousLevel = ours.getLevel();
        ours.setLevel(Level.TRACE);
        ours.addAppender(capture, Level.TRACE, null);
        config.getRootLogger().addAppender(capture, Level.TRACE, null);
        logging.updateLoggers();
    }

    @AfterEach
    void stopCapturing() {
        LoggerContext logging = (LoggerContext) LogManager.getContext(false);
        Configuration config = logging.getConfiguration();
        config.getLoggerConfig("dev.ticketbridge").removeAppender(capture.getName());
        config.getLoggerConfig("dev.ticketbridge").setLevel(previousLevel);
        config.getRootLogger().removeAppender(capture.getName());
        logging.updateLoggers();
        capture.stop();
    }

    @Test
    void secretAndTokenAreInNoLogLineOfASuccessfulCall() {
        provider.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(okJson(
                fixture("token-response.json").replace(ACCESS_TOKEN, TOKEN))));
        stubGet("/sites", "sites-response.json");

        template.requestBody("spectrum-ticketing:getSites?tokenAuthMethod=BASIC", (Object) null);

        assertThat(logLines).isNotEmpty().anyMatch(line -> line.contains("X_TXN_ID"));
        assertThat(logLines).noneMatch(line -> line.contains(CLIENT_SECRET) || line.contains(TOKEN));
    }

    @Test
    void secretIsInNoLogLineOrMessageWhenTheCredentialsAreRefused() {
        provider.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(401)
                .withBody("{\"resultMessage\":\"Invalid client\"}")));

        CamelExecutionException error = null;
        try {
            template.requestBody("spectrum-ticketing:getSites", (Object) null);
        } catch (CamelExecutionException e) {
            error = e;
        }

        assertThat(error).isNotNull();
        assertThat(error.getCause().getMessage()).doesNotContain(CLIENT_SECRET);
        assertThat(String.valueOf(error)).doesNotContain(CLIENT_SECRET);
        assertThat(logLines).noneMatch(line -> line.contains(CLIENT_SECRET));
    }

    @Test
    void secretInTheUriIsMaskedWhereverTheUriIsShown() {
        Endpoint endpoint = context.getEndpoint("spectrum-ticketing:getSites?clientId=x&clientSecret=" + CLIENT_SECRET);

        assertThat(new SpectrumTicketingEndpointUriFactory().secretPropertyNames()).contains("clientSecret");
        assertThat(URISupport.sanitizeUri(endpoint.getEndpointUri())).doesNotContain(CLIENT_SECRET);
        assertThat(endpoint.toString()).doesNotContain(CLIENT_SECRET);
        assertThat(((SpectrumTicketingEndpoint) endpoint).getConfiguration().toString())
                .doesNotContain(CLIENT_SECRET).contains("clientSecret=******");
    }
}
