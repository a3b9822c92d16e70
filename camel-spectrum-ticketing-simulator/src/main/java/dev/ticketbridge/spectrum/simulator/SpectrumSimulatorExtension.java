package dev.ticketbridge.spectrum.simulator;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * A JUnit 5 extension that runs a {@link SpectrumSimulator} for a test class.
 *
 * <pre>{@code
 * @RegisterExtension
 * static SpectrumSimulatorExtension SIM = SpectrumSimulatorExtension.builder()
 *         .tokenLifetime(Duration.ofSeconds(5))
 *         .resetBetweenTests(true)
 *         .build();
 *
 * @Test
 * void readsTickets(SpectrumSimulator sim) { ... sim.baseUrl() ... }
 * }</pre>
 *
 * <p>Registered on a static field, it starts the simulator before all tests and stops it after all; on an instance
 * field, it starts and stops one simulator per test. With {@link Builder#resetBetweenTests(boolean)} a shared
 * simulator is {@link SpectrumSimulator#reset() reset} before each test, so tests do not see each other's tickets,
 * tokens, requests or faults. Test methods, constructors and lifecycle methods may take a {@link SpectrumSimulator}
 * parameter. JUnit Jupiter is an optional dependency of this module: add it to use this class.
 */
public final class SpectrumSimulatorExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private final SpectrumSimulator simulator;
    private final boolean resetBetweenTests;
    // The context that started the simulator stops it, so that @Nested classes do not stop their outer class's.
    private String startedBy;

    private SpectrumSimulatorExtension(SpectrumSimulator simulator, boolean resetBetweenTests) {
        this.simulator = simulator;
        this.resetBetweenTests = resetBetweenTests;
    }

    /** @return a builder with the simulator's defaults and no reset between tests */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the simulator, running while tests run */
    public SpectrumSimulator simulator() {
        return simulator;
    }

    /** @return the API base URL; see {@link SpectrumSimulator#baseUrl()} */
    public String baseUrl() {
        return simulator.baseUrl();
    }

    /** @return the token endpoint URL; see {@link SpectrumSimulator#tokenUrl()} */
    public String tokenUrl() {
        return simulator.tokenUrl();
    }

    /** @return the default organization's client id */
    public String clientId() {
        return simulator.defaultOrganization().clientId();
    }

    /** @return the default organization's client secret */
    public String clientSecret() {
        return simulator.defaultOrganization().clientSecret();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        startIfStopped(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!startIfStopped(context) && resetBetweenTests) {
            simulator.reset();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        stopIfStartedBy(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stopIfStartedBy(context);
    }

    private synchronized boolean startIfStopped(ExtensionContext context) {
        if (simulator.isRunning()) {
            return false;
        }
        simulator.start();
        startedBy = context.getUniqueId();
        return true;
    }

    private synchronized void stopIfStartedBy(ExtensionContext context) {
        if (context.getUniqueId().equals(startedBy)) {
            simulator.stop();
            startedBy = null;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SpectrumSimulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return simulator;
    }

    /** Configures the extension and its simulator; every setter returns the builder. */
    public static final class Builder {

        private final SpectrumSimulator.Builder simulator = SpectrumSimulator.builder();
        private boolean resetBetweenTests;

        private Builder() {
        }

        /** @param lifetime token lifetime; see {@link SpectrumSimulator.Builder#tokenLifetime(Duration)} */
        public Builder tokenLifetime(Duration lifetime) {
            simulator.tokenLifetime(lifetime);
            return this;
        }

        /** @param seed whether to load the demo data; true by default */
        public Builder seedDemoData(boolean seed) {
            simulator.seedDemoData(seed);
            return this;
        }

        /** @param port a fixed port; a free one by default */
        public Builder port(int port) {
            simulator.port(port);
            return this;
        }

        /**
         * @param clientId     the default organization's client id
         * @param clientSecret its secret
         */
        public Builder credentials(String clientId, String clientSecret) {
            simulator.credentials(clientId, clientSecret);
            return this;
        }

        /** @param reset whether a shared simulator is reset before each test; false by default */
        public Builder resetBetweenTests(boolean reset) {
            this.resetBetweenTests = reset;
            return this;
        }

        /** @param configurer sets any other simulator option */
        public Builder configure(Consumer<SpectrumSimulator.Builder> configurer) {
            configurer.accept(simulator);
            return this;
        }

        /** @return the extension */
        public SpectrumSimulatorExtension build() {
            return new SpectrumSimulatorExtension(simulator.build(), resetBetweenTests);
        }
    }
}
