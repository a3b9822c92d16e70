package dev.ticketbridge.spectrum.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static dev.ticketbridge.spectrum.simulator.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

class LoadTest {

    @Test
    void pagesThroughTenThousandGeneratedTickets() {
        // A load test keeps a short journal: a full one holds every page served and slows the run down.
        try (SpectrumSimulator sim = SpectrumSimulator.builder().seedDemoData(false).journalCapacity(10).build()
                .start()) {
            // given
            Organization org = sim.defaultOrganization();
            sim.addSite(org, Site.of("LOADSITE00000000000000000000001", "1 LOAD ST", "DALLAS", "TX", "75201"));
            sim.generateTickets(org, 10_000, 42L);
            ApiClient client = new ApiClient(sim);
            String token = client.token(org);

            // when every page is read
            Set<String> ids = new HashSet<>();
            JsonNode first = json(client.get("/tickets?paginate=true&returnPageNumber=1", token));
            int pages = Integer.parseInt(first.get("pageReturned").asText().split(" of ")[1]);
            first.get("tickets").forEach(t -> ids.add(t.get("id").asText()));
            for (int page = 2; page <= pages; page++) {
                json(client.get("/tickets?paginate=true&returnPageNumber=" + page, token)).get("tickets")
                        .forEach(t -> ids.add(t.get("id").asText()));
            }

            // then
            assertThat(first.get("ticketsCount").asInt()).isEqualTo(10_000);
            assertThat(pages).isEqualTo(400);
            assertThat(ids).hasSize(10_000);
        }
    }

    @Test
    void answersAllTenThousandTicketsUnpaged() {
        try (SpectrumSimulator sim = SpectrumSimulator.builder().seedDemoData(false).journalCapacity(10).build()
                .start()) {
            // given
            Organization org = sim.defaultOrganization();
            sim.generateTickets(org, 10_000, 7L);
            ApiClient client = new ApiClient(sim);

            // when
            JsonNode all = json(client.get("/tickets?paginate=false", client.token(org)));

            // then
            assertThat(all.get("tickets")).hasSize(10_000);
            assertThat(all.get("resultsRetrieved").asText()).isEqualTo("10000 of 10000");
        }
    }
}
