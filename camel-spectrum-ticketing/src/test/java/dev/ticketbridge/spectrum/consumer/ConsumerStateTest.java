package dev.ticketbridge.spectrum.consumer;

import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The consumer's state survives a trip through the state repository's text, stays inside the overlap window, and is
 * refused with a message an operator can act on when it is not a state.
 */
class ConsumerStateTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void stateIsOneLineOfJsonThatReadsBackTheSame() {
        ConsumerState state = ConsumerState.startingAt(1_764_790_000L);
        state.recordDelivered("RSGADG2LITIC5ASBZCZMSAYTNXPKZI",
                new DeliveredTicket(1_764_790_000L, true, false, Set.of("1764789990:9f86d081884c7d65")));

        String json = state.toJson(mapper);
        ConsumerState read = ConsumerState.fromJson(mapper, json, "key");

        assertThat(json).doesNotContain("\n").doesNotContain("=");
        assertThat(read.toJson(mapper)).isEqualTo(json);
        assertThat(read.delivered("RSGADG2LITIC5ASBZCZMSAYTNXPKZI").closed()).isTrue();
    }

    @Test
    void pruneForgetsTicketsAndNotesOlderThanTheHorizon() {
        ConsumerState state = ConsumerState.startingAt(1000);
        state.recordDelivered("OLD", new DeliveredTicket(879, false, false, Set.of()));
        state.recordDelivered("KEPT", new DeliveredTicket(900, false, false, Set.of("870:aa", "885:bb")));

        state.prune(880);

        assertThat(state.delivered("OLD")).isNull();
        assertThat(state.delivered("KEPT").noteKeys()).containsExactly("885:bb");
    }

    @Test
    void cursorNeverMovesBack() {
        ConsumerState state = ConsumerState.startingAt(1000);

        state.advanceCursor(990);

        assertThat(state.cursor()).isEqualTo(1000);
    }

    @Test
    void unreadableStateIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> ConsumerState.fromJson(mapper, "{\"cursor\":\"yesterday\"}", "orders-desk"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'orders-desk'")
                .hasMessageContaining("initialLookback");
    }
}
