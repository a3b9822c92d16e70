package dev.ticketbridge.spectrum.consumer;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import dev.ticketbridge.spectrum.SpectrumTicketingConstants;
import dev.ticketbridge.spectrum.client.SpectrumServerException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.ticketbridge.spectrum.Fixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The updatedTickets consumer delivers every change once, oldest first, at the boundaries where polling consumers
 * usually lose or repeat one: many changes in one second, a change in the cursor's own second, a change listed late,
 * a change made while a poll is being processed, more changes than one poll sends, a failing route, a failing
 * provider.
 */
class UpdatedTicketsConsumerTest extends UpdatedTicketsTestSupport {

    @Test
    void deliversEveryTicketChangedInTheSameSecondOnceOldestFirst() throws Exception {
        // More than one provider page (25) of tickets changed in one second, and two older changes.
        List<String> expected = new ArrayList<>();
        DESK.open("OLD-1", T - 5);
        DESK.open("OLD-2", T - 5);
        expected.add("OLD-1@" + (T - 5));
        expected.add("OLD-2@" + (T - 5));
        for (int i = 10; i < 40; i++) {
            DESK.open("SAME-" + i, T);
            expected.add("SAME-" + i + "@" + T);
        }
        changes().expectedMessageCount(32);

        startConsumer("");
        changes().assertIsSatisfied(20_000);
        DESK.awaitListRequests(DESK.listRequests(), 2);

        assertThat(delivered(changes())).containsExactlyElementsOf(expected);
    }

    @Test
    void ticketThatSlipsPastAPageBoundaryIsStillDeliveredWhenTheProviderPagesAnyway() throws Exception {
        // 30 tickets a second apart, oldest first: page 1 holds 0..24. Right after page 1 is read, ticket 3 changes
        // and moves to the end, so ticket 25 slides back onto page 1 and page 2 starts at ticket 26.
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            DESK.open(String.format("SHIFT-%02d", i), T + i);
            expected.add(String.format("SHIFT-%02d", i) + "@" + (T + i));
        }
        DESK.pageAnyway();
        DESK.onceAfterFirstPage(() -> DESK.touch("SHIFT-03", T + 100));
        changes().expectedMinimumMessageCount(30);

        // No overlap window: only the reading of the pages can keep SHIFT-25 from being passed by the cursor.
        startConsumer("overlapWindow=0");
        changes().assertIsSatisfied(20_000);

        List<String> delivered = delivered(changes());
        expected.set(3, "SHIFT-03@" + (T + 100));
        assertThat(delivered).as("every ticket, SHIFT-25 included, once in its newest version")
                .containsAll(expected).doesNotHaveDuplicates();
    }

    @Test
    void failingPollsEngageTheSchedulersBackoffAndDeliveryResumesAfterwards() throws Exception {
        for (int i = 0; i < 1_000; i++) {
            DESK.failNextList(500, "{\"message\":\"Temporarily unavailable\"}");
        }
        DESK.open("AFTER-OUTAGE", T);
        changes().expectedMessageCount(1);

        startConsumer("backoffErrorThreshold=2&backoffMultiplier=5");
        UpdatedTicketsConsumer consumer = (UpdatedTicketsConsumer) context.getRoute("updates").getConsumer();
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (consumer.getBackoffCounter() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }

        assertThat(consumer.getBackoffCounter()).as("polls skipped after two failures").isPositive();
        assertThat(changes().getReceivedCounter()).isZero();
        DESK.recover();
        changes().assertIsSatisfied(20_000);
        assertThat(delivered(changes())).containsExactly("AFTER-OUTAGE@" + T);
    }

    @Test
    void withBridgeErrorHandlerAFailedPollReachesTheRoutesErrorHandler() throws Exception {
        DESK.failNextList(503, "{\"message\":\"Temporarily unavailable\"}");
        DESK.open("AFTER-503", T);
        MockEndpoint errors = getMockEndpoint("mock:pollErrors");
        errors.expectedMinimumMessageCount(1);
        changes().expectedMessageCount(1);

        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                onException(SpectrumServerException.class).handled(true).to("mock:pollErrors");
                from(consumerUri("bridgeErrorHandler=true")).routeId("updates").to("mock:changes");
            }
        });

        errors.assertIsSatisfied(20_000);
        changes().assertIsSatisfied(20_000);
        assertThat(errors.getReceivedExchanges().get(0).getProperty(Exchange.EXCEPTION_CAUGHT))
                .isInstanceOfSatisfying(SpectrumServerException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(503));
        assertThat(delivered(changes())).containsExactly("AFTER-503@" + T);
    }

    @Test
    void setsTheTicketIdAndNumberHeaders() throws Exception {
        DESK.open("RSGADG2LITIC5ASBZCZMSAYTNXPKZI", T);
        changes().expectedMessageCount(1);

        startConsumer("");
        changes().assertIsSatisfied(20_000);

        Exchange exchange = changes().getReceivedExchanges().get(0);
        assertThat(exchange.getMessage().getHeader(SpectrumTicketingConstants.TICKET_ID))
                .isEqualTo("RSGADG2LITIC5ASBZCZMSAYTNXPKZI");
        assertThat(exchange.getMessage().getHeader(SpectrumTicketingConstants.SPECTRUM_TICKET_NUMBER, String.class))
                .startsWith("ECT-");
        assertThat(exchange.getMessage().getHeader(SpectrumTicketingConstants.NEW_NOTES)).isNull();
    }

    @Test
    void changeKindOfATicketSeenForTheFirstTimeComesFromItsDates() throws Exception {
        long longAgo = T - 86_400;
        DESK.open("NEW", T);
        DESK.open("NOTED", longAgo);
        DESK.touch("NOTED", T + 1);
        DESK.open("SOLVED", longAgo);
        DESK.close("SOLVED", T + 2);
        DESK.open("WAITING", longAgo);
        DESK.needAttention("WAITING", T + 3);
        changes().expectedMessageCount(4);

        startConsumer("");
        changes().assertIsSatisfied(20_000);

        assertThat(changes().getReceivedExchanges()).map(UpdatedTicketsTestSupport::kind)
                .containsExactly("created", "updated", "closed", "needsAttention");
    }

    @Test
    void changeKindOfADeliveredTicketComparesWithWhatWasLastDelivered() throws Exception {
        DESK.open("A", T);
        startConsumer("");
        List<String> kinds = new ArrayList<>();
        kinds.add(nextKind());

        DESK.needAttention("A", T + 1);
        kinds.add(nextKind());
        DESK.touch("A", T + 2);
        kinds.add(nextKind());
        DESK.close("A", T + 3);
        kinds.add(nextKind());

        // Still needing attention at T + 2 is no news: that change is a plain update.
        assertThat(kinds).containsExactly("created", "needsAttention", "updated", "closed");
    }

    private String nextKind() throws InterruptedException {
        changes().reset();
        changes().expectedMessageCount(1);
        changes().assertIsSatisfied(20_000);
        return kind(changes().getReceivedExchanges().get(0));
    }

    @Test
    void deliversAChangeThatLandsInTheCursorsOwnSecondAfterThePoll() throws Exception {
        DESK.open("FIRST", T);
        changes().expectedMessageCount(1);
        startConsumer("overlapWindow=0");
        changes().assertIsSatisfied(20_000);

        // Spectrum lists a second change of the same second only now; the cursor sits on that second.
        changes().reset();
        changes().expectedMessageCount(1);
        DESK.open("SECOND", T);
        changes().assertIsSatisfied(20_000);
        DESK.awaitListRequests(DESK.listRequests(), 2);

        assertThat(delivered(changes())).containsExactly("SECOND@" + T);
    }

    @Test
    void deliversAChangeListedLateInsideTheOverlapWindow() throws Exception {
        DESK.open("ON-TIME", T);
        changes().expectedMessageCount(1);
        startConsumer("overlapWindow=PT2M");
        changes().assertIsSatisfied(20_000);

        // A change stamped a minute before the cursor, that the provider lists only after the cursor moved past it.
        changes().reset();
        changes().expectedMessageCount(1);
        DESK.open("LATE", T - 60);
        changes().assertIsSatisfied(20_000);
        DESK.awaitListRequests(DESK.listRequests(), 2);

        assertThat(delivered(changes())).containsExactly("LATE@" + (T - 60));
    }

    @Test
    void eachPollAsksFromTheCursorMinusTheOverlapWindow() throws Exception {
        DESK.open("A", T);
        changes().expectedMessageCount(1);

        startConsumer("overlapWindow=PT2M");
        changes().assertIsSatisfied(20_000);
        int seen = DESK.listRequests();
        DESK.awaitListRequests(seen, 2);

        List<String> starts = DESK.updateDateStarts();
        assertThat(Instant.parse(starts.get(starts.size() - 1)).getEpochSecond()).isEqualTo(T - 120);
    }

    @Test
    void firstPollLooksBackTheInitialLookback() throws Exception {
        long now = Instant.now().getEpochSecond();
        DESK.open("BEFORE-HORIZON", now - 1200);
        DESK.open("AFTER-HORIZON", now - 300);
        changes().expectedMessageCount(1);

        startConsumer("initialLookback=PT10M&overlapWindow=0");
        changes().assertIsSatisfied(20_000);
        DESK.awaitListRequests(DESK.listRequests(), 2);

        assertThat(delivered(changes())).containsExactly("AFTER-HORIZON@" + (now - 300));
        long firstStart = Instant.parse(DESK.updateDateStarts().get(0)).getEpochSecond();
        // The first poll runs right after the start; a minute of slack keeps a loaded machine from failing it.
        assertThat(firstStart).isBetween(now - 600, now - 540);
    }

    @Test
    void lookbackBeyondTheProvidersTwelveMonthsAsksForTwelveMonths() throws Exception {
        long fourHundredDays = 400L * 24 * 3600 * 1000;

        startConsumer("initialLookback=" + fourHundredDays);
        DESK.awaitListRequests(0, 1);

        long twelveMonthsAgo = ZonedDateTime.now(ZoneOffset.UTC).minusMonths(12).toEpochSecond();
        long firstStart = Instant.parse(DESK.updateDateStarts().get(0)).getEpochSecond();
        assertThat(firstStart).isBetween(twelveMonthsAgo, twelveMonthsAgo + 60);
    }

    @Test
    void deliversATicketChangedAgainWhileThePollIsBeingProcessed() throws Exception {
        DESK.open("A", T);
        DESK.open("B", T);
        AtomicInteger seenA = new AtomicInteger();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(consumerUri("")).routeId("updates")
                        .process(exchange -> {
                            // Spectrum changes A again while the poll that listed it is still being delivered.
                            if (exchange.getMessage().getHeader(SpectrumTicketingConstants.TICKET_ID).equals("A")
                                && seenA.getAndIncrement() == 0) {
                                DESK.touch("A", T + 1);
                            }
                        })
                        .to("mock:changes");
            }
        });
        changes().expectedMessageCount(3);

        changes().assertIsSatisfied(20_000);
        DESK.awaitListRequests(DESK.listRequests(), 2);

        assertThat(delivered(changes())).containsExactly("A@" + T, "B@" + T, "A@" + (T + 1));
    }

    @Test
    void moreChangesThanMaxMessagesPerPollAllArriveOnceOldestFirst() throws Exception {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String id = "T" + (char) ('A' + i);
            DESK.open(id, T + i / 4);
            expected.add(id + "@" + (T + i / 4));
        }
        changes().expectedMessageCount(12);

        startConsumer("maxMessagesPerPoll=5");
        changes().assertIsSatisfied(20_000);
        DESK.awaitListRequests(DESK.listRequests(), 2);

        assertThat(delivered(changes())).containsExactlyElementsOf(expected);
        assertThat(changes().getReceivedExchanges()).map(e -> e.getProperty(Exchange.BATCH_SIZE, Integer.class))
                .containsExactly(5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 2, 2);
    }

    @Test
    void failedExchangeIsDeliveredAgainByALaterPollAndNothingAfterItIsSkipped() throws Exception {
        DESK.open("A", T);
        DESK.open("B", T + 1);
        DESK.open("C", T + 2);
        AtomicInteger failuresLeft = new AtomicInteger(2);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // No overlap: only the cursor keeps B from being skipped.
                from(consumerUri("overlapWindow=0")).routeId("updates")
                        .to("mock:attempts")
                        .process(exchange -> {
                            if (exchange.getMessage().getHeader(SpectrumTicketingConstants.TICKET_ID).equals("B")
                                && failuresLeft.getAndDecrement() > 0) {
                                throw new IllegalStateException("ServiceNow is down");
                            }
                        })
                        .to("mock:changes");
            }
        });
        changes().expectedMessageCount(3);

        changes().assertIsSatisfied(20_000);
        DESK.awaitListRequests(DESK.listRequests(), 2);

        assertThat(delivered(changes())).containsExactly("A@" + T, "B@" + (T + 1), "C@" + (T + 2));
        // B was tried three times; C was not tried before B went through, so the order holds.
        MockEndpoint attempts = getMockEndpoint("mock:attempts");
        assertThat(delivered(attempts)).containsExactly("A@" + T, "B@" + (T + 1), "B@" + (T + 1), "B@" + (T + 1),
                "C@" + (T + 2));
    }

    @Test
    void providerErrorFailsThePollAndALaterPollDeliversEverything() throws Exception {
        DESK.open("A", T);
        DESK.open("B", T + 1);
        DESK.failNextList(500, "{\"message\":\"Service temporarily unavailable\"}");
        DESK.failNextList(500, "{\"message\":\"Service temporarily unavailable\"}");
        changes().expectedMessageCount(2);

        startConsumer("");
        changes().assertIsSatisfied(20_000);
        DESK.awaitListRequests(DESK.listRequests(), 2);

        assertThat(delivered(changes())).containsExactly("A@" + T, "B@" + (T + 1));
        assertThat(DESK.listRequests()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void connectionResetFailsThePollAndALaterPollDeliversEverything() throws Exception {
        DESK.open("A", T);
        DESK.open("B", T + 1);
        DESK.dropNextList();
        changes().expectedMessageCount(2);

        startConsumer("");
        changes().assertIsSatisfied(20_000);
        DESK.awaitListRequests(DESK.listRequests(), 2);

        assertThat(delivered(changes())).containsExactly("A@" + T, "B@" + (T + 1));
        assertThat(DESK.listRequests()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void tokenThatExpiresMidPollIsRenewedAndTheChangeDelivered() throws Exception {
        DESK.open("A", T);
        changes().expectedMessageCount(1);
        startConsumer("");
        changes().assertIsSatisfied(20_000);

        changes().reset();
        changes().expectedMessageCount(1);
        DESK.failNextList(401, fixture("error-401-expired-token.json"));
        DESK.touch("A", T + 1);
        changes().assertIsSatisfied(20_000);

        assertThat(delivered(changes())).containsExactly("A@" + (T + 1));
        assertThat(tokenRequests()).isEqualTo(2);
    }

    @Test
    void idlePollCostsOneRequest() throws Exception {
        DESK.open("A", T);
        changes().expectedMessageCount(1);
        startConsumer("fetchDetails=true");
        changes().assertIsSatisfied(20_000);
        provider.resetRequests();

        DESK.awaitListRequests(DESK.listRequests(), 5);

        // Every request since is a GET /tickets, one per poll: no token, no detail, no second page.
        List<String> requests = provider.getAllServeEvents().stream()
                .map(event -> event.getRequest().getMethod() + " "
                              + event.getRequest().getUrl().replaceFirst("\\?.*", ""))
                .toList();
        assertThat(requests).hasSizeGreaterThanOrEqualTo(4).containsOnly("GET " + API_PATH + "/tickets");
        assertThat(changes().getReceivedCounter()).isEqualTo(1);
    }

    @Test
    void withoutAStateRepositoryStoppingAndStartingTheRouteKeepsTheCursor() throws Exception {
        DESK.open("A", T);
        changes().expectedMessageCount(1);
        startConsumer("");
        changes().assertIsSatisfied(20_000);

        context.getRouteController().stopRoute("updates");
        DESK.open("B", T + 1);
        context.getRouteController().startRoute("updates");
        changes().reset();
        changes().expectedMessageCount(1);
        changes().assertIsSatisfied(20_000);
        DESK.awaitListRequests(DESK.listRequests(), 2);

        assertThat(delivered(changes())).containsExactly("B@" + (T + 1));
    }

    @Test
    void statusOptionAsksOnlyForTicketsWithThatStatus() throws Exception {
        DESK.open("OPEN", T);
        DESK.open("DONE", T);
        DESK.close("DONE", T + 1);
        changes().expectedMessageCount(1);

        startConsumer("status=Closed");
        changes().assertIsSatisfied(20_000);
        DESK.awaitListRequests(DESK.listRequests(), 2);

        assertThat(delivered(changes())).containsExactly("DONE@" + (T + 1));
        provider.verify(getRequestedFor(urlPathEqualTo(API_PATH + "/tickets"))
                .withQueryParam("status", equalTo("Closed"))
                .withQueryParam("paginate", equalTo("false")));
    }
}
