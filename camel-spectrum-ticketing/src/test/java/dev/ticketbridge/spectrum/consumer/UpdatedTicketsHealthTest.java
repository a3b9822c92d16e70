package dev.ticketbridge.spectrum.consumer;

import java.util.Collection;
import java.util.function.Predicate;

import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consumer reports through Camel's poll-consumer health check: down while its polls fail, up again once the
 * provider answers.
 */
class UpdatedTicketsHealthTest extends UpdatedTicketsTestSupport {

    @Test
    void consumerIsDownWhilePollsFailAndUpOnceTheyWorkAgain() throws Exception {
        DESK.open("A", T);
        for (int i = 0; i < 1000; i++) {
            DESK.failNextList(500, "{\"message\":\"Service temporarily unavailable\"}");
        }
        HealthCheckRegistry registry = HealthCheckRegistry.get(context);
        registry.register(registry.resolveById("consumers"));
        startConsumer("");
        DESK.awaitListRequests(0, 3);

        HealthCheck.State whileFailing = consumerState();
        DESK.recover();
        changes().expectedMessageCount(1);
        changes().assertIsSatisfied(20_000);
        DESK.awaitListRequests(DESK.listRequests(), 2);

        assertThat(whileFailing).isEqualTo(HealthCheck.State.DOWN);
        assertThat(consumerState()).isEqualTo(HealthCheck.State.UP);
    }

    private HealthCheck.State consumerState() {
        Collection<HealthCheck.Result> results = HealthCheckHelper.invokeReadiness(context);
        Predicate<HealthCheck.Result> ofConsumer = result -> result.getCheck().getId().equals("consumer:updates");
        return results.stream().filter(ofConsumer).findFirst()
                .orElseThrow(() -> new AssertionError("No consumer:updates check in " + results))
                .getState();
    }
}
