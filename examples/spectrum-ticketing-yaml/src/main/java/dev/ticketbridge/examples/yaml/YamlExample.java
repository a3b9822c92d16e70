package dev.ticketbridge.examples.yaml;

import java.time.Duration;

import dev.ticketbridge.spectrum.simulator.SpectrumSimulator;
import org.apache.camel.main.Main;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the YAML routes of {@code src/main/resources/routes} with Camel Main.
 *
 * <p>When {@code SPECTRUM_CLIENT_ID} is not set, it first starts the Spectrum simulator in-process, with a support
 * desk that changes a ticket every 10 seconds, and points the component at it: the example then needs no account.
 * With the variable set (and {@code SPECTRUM_CLIENT_SECRET}, and for a test gateway {@code SPECTRUM_BASE_URL} and
 * {@code SPECTRUM_TOKEN_URL}), it talks to Spectrum instead.
 */
public final class YamlExample {

    private static final Logger LOG = LoggerFactory.getLogger(YamlExample.class);

    private YamlExample() {
    }

    public static void main(String[] args) throws Exception {
        Main main = new Main(YamlExample.class);
        SpectrumSimulator simulator = null;
        if (System.getenv("SPECTRUM_CLIENT_ID") == null) {
            simulator = SpectrumSimulator.builder().supportDeskActivity(Duration.ofSeconds(10)).build().start();
            pointAt(main, simulator);
            LOG.info("No SPECTRUM_CLIENT_ID: using the Spectrum simulator at {}", simulator.baseUrl());
        }
        try {
            main.run(args);
        } finally {
            if (simulator != null) {
                simulator.stop();
            }
        }
    }

    /**
     * Points the component's connection options at a simulator. The credentials go through placeholders, as real
     * ones should, so that Camel Main does not warn of a secret written in plain text.
     */
    static void pointAt(Main main, SpectrumSimulator simulator) {
        main.addInitialProperty("simulator.client-id", simulator.defaultOrganization().clientId());
        main.addInitialProperty("simulator.client-secret", simulator.defaultOrganization().clientSecret());
        main.addOverrideProperty("camel.component.spectrum-ticketing.base-url", simulator.baseUrl());
        main.addOverrideProperty("camel.component.spectrum-ticketing.token-url", simulator.tokenUrl());
        main.addOverrideProperty("camel.component.spectrum-ticketing.client-id", "{{simulator.client-id}}");
        main.addOverrideProperty("camel.component.spectrum-ticketing.client-secret", "{{simulator.client-secret}}");
    }
}
