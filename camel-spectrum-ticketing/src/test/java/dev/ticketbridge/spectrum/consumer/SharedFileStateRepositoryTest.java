package dev.ticketbridge.spectrum.consumer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two repositories on one file behave as one store: what one writes, the other reads at once.
 */
class SharedFileStateRepositoryTest {

    @TempDir
    Path directory;

    @Test
    void whatOneNodeWritesTheOtherReads() {
        SharedFileStateRepository nodeA = new SharedFileStateRepository(directory.resolve("state.properties"));
        SharedFileStateRepository nodeB = new SharedFileStateRepository(directory.resolve("state.properties"));

        nodeA.setState("spectrum-ticketing:updatedTickets:acme", "{\"cursor\":1711040000}");
        String seenByB = nodeB.getState("spectrum-ticketing:updatedTickets:acme");
        nodeB.setState("spectrum-ticketing:updatedTickets:acme", "{\"cursor\":1711040099}");

        assertThat(seenByB).isEqualTo("{\"cursor\":1711040000}");
        assertThat(nodeA.getState("spectrum-ticketing:updatedTickets:acme")).isEqualTo("{\"cursor\":1711040099}");
    }

    @Test
    void missingFileOrKeyIsNoState() {
        SharedFileStateRepository repository = new SharedFileStateRepository(directory.resolve("none/state"));

        assertThat(repository.getState("any")).isNull();
    }

    @Test
    void concurrentWritersOfDifferentKeysLoseNothing() throws Exception {
        Path file = directory.resolve("state.properties");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> writes = new ArrayList<>();

        for (int writer = 0; writer < 4; writer++) {
            SharedFileStateRepository repository = new SharedFileStateRepository(file);
            int id = writer;
            writes.add(pool.submit(() -> {
                for (int i = 0; i < 25; i++) {
                    repository.setState("key-" + id + "-" + i, "value-" + i);
                }
            }));
        }
        for (Future<?> write : writes) {
            write.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();

        SharedFileStateRepository reader = new SharedFileStateRepository(file);
        for (int writer = 0; writer < 4; writer++) {
            for (int i = 0; i < 25; i++) {
                assertThat(reader.getState("key-" + writer + "-" + i)).isEqualTo("value-" + i);
            }
        }
        try (var files = Files.list(directory)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("no temporary file left behind").containsExactlyInAnyOrder("state.properties",
                            "state.properties.lock");
        }
    }

    @Test
    void nullValueRemovesTheKey() {
        SharedFileStateRepository repository = new SharedFileStateRepository(directory.resolve("state.properties"));
        repository.setState("k", "v");

        repository.setState("k", null);

        assertThat(repository.getState("k")).isNull();
    }
}
