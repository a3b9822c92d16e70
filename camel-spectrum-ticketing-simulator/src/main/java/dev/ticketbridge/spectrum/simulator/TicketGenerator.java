package dev.ticketbridge.spectrum.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes plausible tickets in bulk, for demo data and load tests: spread over the last eleven months, about 40%
 * closed, at the organization's own sites and circuits, with support notes and the occasional wait on the customer.
 * All dates lie in the past, so that a fresh consumer sees a realistic backlog.
 */
final class TicketGenerator {

    private static final String[] IMPACTS = {"Outage", "Impairment", "Failover", "Information"};
    private static final String[] SOURCES = {"Inbound Call", "Email", "Alarm", "SE.NET", "B2B-API", "B2B-Alarm"};
    private static final String[] SUB_TYPES = {"No Connectivity", "Degraded Services", "Other"};
    private static final String[] FIRST_NAMES = {"Ana", "Ben", "Chloe", "Dev", "Erin", "Femi", "Gus", "Hana"};
    private static final String[] LAST_NAMES = {"Lopez", "Nguyen", "Okafor", "Patel", "Schmidt", "Tanaka"};
    private static final String[] SUPPORT_NOTES = {
        "Ticket received; a technician is reviewing the circuit.",
        "Remote tests show packet loss on the access link; dispatch scheduled.",
        "We are reaching out to confirm if your issue has been resolved",
        "Escalated to the regional network operations team.",
    };
    private static final long ELEVEN_MONTHS_SECONDS = Duration.ofDays(330).toSeconds();

    private final SimulatorState state;

    TicketGenerator(SimulatorState state) {
        this.state = state;
    }

    /**
     * Adds {@code count} tickets to an organization.
     *
     * @return the tickets added, in the order made
     */
    List<SimulatedTicket> generate(String clientId, int count, Random random) {
        List<Site> sites = state.sites(clientId);
        List<Circuit> circuits = state.circuits(clientId);
        Instant now = state.now();
        List<SimulatedTicket> added = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            added.add(state.addTicket(clientId, oneTicket(sites, circuits, now, random, i)));
        }
        return added;
    }

    private static SimulatedTicket.Builder oneTicket(List<Site> sites, List<Circuit> circuits, Instant now,
                                                     Random random, int index) {
        Instant created = now.minusSeconds(3600 + (long) (random.nextDouble() * ELEVEN_MONTHS_SECONDS));
        Site site = sites.isEmpty() ? null : sites.get(random.nextInt(sites.size()));
        List<String> circuitIds = new ArrayList<>();
        List<String> services = new ArrayList<>();
        for (Circuit circuit : circuits) {
            if (site != null && circuit.siteGuid().equals(site.siteGuid()) && random.nextBoolean()) {
                circuitIds.add(circuit.circuitId());
                if (!services.contains(circuit.serviceType())) {
                    services.add(circuit.serviceType());
                }
            }
        }
        String first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
        String last = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
        Contact contact = new Contact(first + " " + last, "Site", "303-555-" + (1000 + random.nextInt(9000)),
                first.toLowerCase() + "." + last.toLowerCase() + "@example.com");

        SimulatedTicket.Builder ticket = SimulatedTicket.builder()
                .customerTicketNumber(random.nextInt(3) == 0 ? "" : "INC" + (100000 + random.nextInt(900000)))
                .ticketReportSource(SOURCES[random.nextInt(SOURCES.length)])
                .businessImpact(IMPACTS[random.nextInt(IMPACTS.length)])
                .ticketSubType(SUB_TYPES[random.nextInt(SUB_TYPES.length)])
                .siteGuid(site == null ? "" : site.siteGuid())
                .impactedCircuits(circuitIds)
                .impactedServices(services)
                .contacts(List.of(contact))
                .dateCreated(created)
                .readableDateStyle(index % 2 == 0 ? ReadableDateStyle.OFFSET : ReadableDateStyle.ZULU);

        Instant lastChange = between(created, now, random);
        ticket.addNote(new TicketNote(lastChange, "General", SUPPORT_NOTES[random.nextInt(SUPPORT_NOTES.length)],
                null));
        if (random.nextInt(10) < 4) {
            Instant resolved = lastChange;
            Instant closed = between(resolved, now, random);
            ticket.status(TicketStatus.CLOSED).dateResolved(resolved).dateClosed(closed)
                    .resolutionCode(SupportDesk.DEFAULT_RESOLUTION_CODE)
                    .resolutionMessage(SupportDesk.DEFAULT_RESOLUTION_MESSAGE);
            lastChange = closed;
        } else if (random.nextInt(6) == 0) {
            ticket.needsClientAttention(true).customerActionPeriods(List.of(
                    new CustomerActionPeriod(SupportDesk.DEFAULT_CUSTOMER_ACTION, lastChange, null)));
        }
        return ticket.dateUpdated(lastChange);
    }

    /** A random instant between two others, at most a few days after the first. */
    private static Instant between(Instant from, Instant to, Random random) {
        long span = Math.min(Duration.between(from, to).toSeconds(), Duration.ofDays(5).toSeconds());
        return span <= 0 ? from : from.plusSeconds((long) (random.nextDouble() * span));
    }
}
