package dev.ticketbridge.spectrum.simulator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class PerTestExtensionTest {

    @RegisterExtension
    final SpectrumSimulatorExtension sim = SpectrumSimulatorExtension.builder().seedDemoData(false).build();

    @Test
    void startsASimulatorForATestWhenRegisteredOnAnInstanceField(SpectrumSimulator injected) {
        // then
        assertThat(injected.isRunning()).isTrue();
        assertThat(injected.organizations()).extracting(Organization::clientId).containsExactly("demo-client");
        assertThat(injected.tickets(injected.defaultOrganization())).isEmpty();
    }
}
