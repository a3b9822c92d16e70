package dev.ticketbridge.spectrum.simulator;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ConcurrencyTest {

    @Test
    void servesConsistentPagesWhileTheSupportDeskChangesTickets() throws Exception {
        try (SpectrumSimulator sim = SpectrumSimulator.builder().build().start()) {
            // given
            sim.generateTickets(sim.defaultOrganization(), 500, 3L);
            ApiClient client = new ApiClient(sim);
            String token = client.token(sim.defaultOrganization());
            List<Integer> statuses = new CopyOnWriteArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(3);

            // when two consumers poll while the desk works
            Future<?> desk = pool.submit(() -> {
                Random random = new Random(11);
                for (int i = 0; i < 200; i++) {
                    sim.supportDesk().actOnRandomOpenTicket(random);
                }
            });
            for (int consumer = 0; consumer < 2; consumer++) {
                pool.submit(() -> {
                    for (int page = 1; page <= 20; page++) {
                        statuses.add(client.get("/tickets?paginate=true&returnPageNumber=" + page, token)
                                .statusCode());
                    }
                });
            }
            desk.get(30, TimeUnit.SECONDS);
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

            // then
            assertThat(statuses).hasSize(40).containsOnly(200);
        }
    }
}
