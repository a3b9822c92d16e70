package dev.ticketbridge.spectrum.simulator;

import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class ExtensionTest {

    @RegisterExtension
    static final SpectrumSimulatorExtension SIM = SpectrumSimulatorExtension.builder()
            .credentials("ci-client", "ci-secret")
            .tokenLifetime(Duration.ofSeconds(30))
            .resetBetweenTests(true)
            .build();

    @Test
    @Order(1)
    void injectsTheRunningSimulator(SpectrumSimulator sim) {
        // then
        assertThat(sim).isSameAs(SIM.simulator());
        assertThat(sim.isRunning()).isTrue();
        assertThat(SIM.baseUrl()).isEqualTo("http://localhost:" + sim.port() + "/entservices/ticketing-b2b/v1");
        assertThat(SIM.tokenUrl()).isEqualTo("http://localhost:" + sim.port() + "/auth/oauth/v2/token");
    }

    @Test
    @Order(2)
    void handsOutTheConfiguredCredentials() {
        // when
        int status = new ApiClient(SIM.simulator()).tokenWithFormFields(SIM.clientId(), SIM.clientSecret())
                .statusCode();

        // then
        assertThat(SIM.clientId()).isEqualTo("ci-client");
        assertThat(status).isEqualTo(200);
    }

    @Test
    @Order(3)
    void changesStateInOneTest(SpectrumSimulator sim) {
        // when
        sim.supportDesk().close(DemoData.OPEN_TICKET_ID);
        sim.addOrganization("Extra", "extra-client", "extra-secret");

        // then
        assertThat(sim.ticket(DemoData.OPEN_TICKET_ID).orElseThrow().status()).isEqualTo(TicketStatus.CLOSED);
    }

    // JUnit runs nested classes after the outer class's methods, in @Order here.
    @Nested
    @Order(1)
    class AFirstNestedClass {

        @Test
        void sharesTheOuterSimulator(SpectrumSimulator sim) {
            // then
            assertThat(sim).isSameAs(SIM.simulator());
            assertThat(sim.isRunning()).isTrue();
        }
    }

    @Nested
    @Order(2)
    class ASecondNestedClass {

        @Test
        void findsTheSimulatorStillRunningAfterTheFirstFinished(SpectrumSimulator sim) {
            // then
            assertThat(sim.isRunning()).isTrue();
        }
    }

    @Test
    @Order(4)
    void startsTheNextTestFromTheSeededState(SpectrumSimulator sim) {
        // then the changes of the previous test are gone
        assertThat(sim.ticket(DemoData.OPEN_TICKET_ID).orElseThrow().status()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(sim.organizations()).extracting(Organization::clientId).containsExactly("ci-client",
                "other-client");
        assertThat(sim.requests()).isEmpty();
    }
}
