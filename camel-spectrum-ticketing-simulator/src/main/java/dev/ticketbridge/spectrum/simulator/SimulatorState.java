package dev.ticketbridge.spectrum.simulator;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * Everything the simulator knows: organizations with their sites, circuits and tickets, and the tokens it issued.
 *
 * <p>One lock guards it all. Requests, the support desk and tests change it from different threads, and a single
 * lock keeps every answer consistent (a page of tickets never mixes states) at a cost that is small next to HTTP.
 * Tickets are immutable snapshots, replaced on change, so what leaves the lock never changes afterwards.
 */
final class SimulatorState {

    private static final String ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final int FIRST_TICKET_NUMBER = 30_000_001;
    private static final Comparator<SimulatedTicket> NEWEST_FIRST =
            Comparator.comparing(SimulatedTicket::dateCreated).reversed().thenComparing(SimulatedTicket::id);

    private final SimulatorClock clock;
    private final Random random = new SecureRandom();
    private final Map<String, OrganizationData> organizations = new LinkedHashMap<>();
    private final Map<String, String> siteOwners = new HashMap<>();
    private final Map<String, String> circuitOwners = new HashMap<>();
    private final Map<String, StoredTicket> tickets = new LinkedHashMap<>();
    private final Map<String, String> ticketIdsByNumber = new HashMap<>();
    private final Map<String, TokenGrant> tokens = new HashMap<>();
    private int nextTicketNumber = FIRST_TICKET_NUMBER;
    private long ticketsVersion;
    private final Map<String, SortedTickets> newestFirst = new HashMap<>();

    SimulatorState(SimulatorClock clock) {
        this.clock = clock;
    }

    /** A ticket with the client id of the organization it belongs to. */
    record StoredTicket(String clientId, SimulatedTicket ticket) {
    }

    /** An organization's tickets sorted newest first, as they were at one version of the tickets. */
    private record SortedTickets(long version, List<SimulatedTicket> tickets) {
    }

    /** A token with its owner and expiry. */
    record TokenGrant(String clientId, Instant expiresAt) {
    }

    private static final class OrganizationData {
        private final Organization organization;
        private final Map<String, Site> sites = new LinkedHashMap<>();
        private final Map<String, Circuit> circuits = new LinkedHashMap<>();

        private OrganizationData(Organization organization) {
            this.organization = organization;
        }
    }

    Instant clockInstant() {
        return clock.instant();
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    synchronized void clear() {
        organizations.clear();
        siteOwners.clear();
        circuitOwners.clear();
        tickets.clear();
        ticketIdsByNumber.clear();
        tokens.clear();
        nextTicketNumber = FIRST_TICKET_NUMBER;
        newestFirst.clear();
        ticketsVersion++;
    }

    synchronized void addOrganization(Organization organization) {
        if (organizations.containsKey(organization.clientId())) {
            throw new IllegalArgumentException("An organization with client id '" + organization.clientId()
                    + "' already exists");
        }
        organizations.put(organization.clientId(), new OrganizationData(organization));
    }

    synchronized Optional<Organization> organization(String clientId) {
        OrganizationData data = organizations.get(clientId);
        return data == null ? Optional.empty() : Optional.of(data.organization);
    }

    synchronized List<Organization> organizations() {
        List<Organization> result = new ArrayList<>();
        organizations.values().forEach(data -> result.add(data.organization));
        return result;
    }

    synchronized void addSite(String clientId, Site site) {
        OrganizationData data = data(clientId);
        String owner = siteOwners.get(site.siteGuid());
        if (owner != null && !owner.equals(clientId)) {
            throw new IllegalArgumentException("Site " + site.siteGuid() + " already belongs to " + owner);
        }
        data.sites.put(site.siteGuid(), site);
        siteOwners.put(site.siteGuid(), clientId);
    }

    synchronized void addCircuit(String clientId, Circuit circuit) {
        OrganizationData data = data(clientId);
        if (!data.sites.containsKey(circuit.siteGuid())) {
            throw new IllegalArgumentException("Circuit " + circuit.circuitId() + " names site " + circuit.siteGuid()
                    + ", which is not a site of " + clientId + ": add the site first");
        }
        String owner = circuitOwners.get(circuit.circuitId());
        if (owner != null && !owner.equals(clientId)) {
            throw new IllegalArgumentException("Circuit " + circuit.circuitId() + " already belongs to " + owner);
        }
        data.circuits.put(circuit.circuitId(), circuit);
        circuitOwners.put(circuit.circuitId(), clientId);
    }

    synchronized List<Site> sites(String clientId) {
        return List.copyOf(data(clientId).sites.values());
    }

    synchronized List<Circuit> circuits(String clientId) {
        return List.copyOf(data(clientId).circuits.values());
    }

    synchronized Optional<Site> site(String clientId, String siteGuid) {
        return Optional.ofNullable(data(clientId).sites.get(siteGuid));
    }

    synchronized Optional<String> siteOwner(String siteGuid) {
        return Optional.ofNullable(siteOwners.get(siteGuid));
    }

    synchronized Optional<Circuit> circuit(String clientId, String circuitId) {
        return Optional.ofNullable(data(clientId).circuits.get(circuitId));
    }

    synchronized Optional<String> circuitOwner(String circuitId) {
        return Optional.ofNullable(circuitOwners.get(circuitId));
    }

    /**
     * Stores a new ticket, filling in what the builder left unset: id, {@code ECT-} number, creation date and the
     * site's billing account.
     */
    synchronized SimulatedTicket addTicket(String clientId, SimulatedTicket.Builder builder) {
        OrganizationData data = data(clientId);
        if (builder.id() == null) {
            builder.id(newTicketId());
        }
        if (tickets.containsKey(builder.id())) {
            throw new IllegalArgumentException("A ticket with id " + builder.id() + " already exists");
        }
        if (builder.spectrumTicketNumber() == null) {
            builder.spectrumTicketNumber(nextTicketNumber());
        }
        if (ticketIdsByNumber.containsKey(builder.spectrumTicketNumber())) {
            throw new IllegalArgumentException("A ticket numbered " + builder.spectrumTicketNumber()
                    + " already exists");
        }
        if (builder.dateCreated() == null) {
            builder.dateCreated(now());
        }
        Site site = builder.siteGuid() == null ? null : data.sites.get(builder.siteGuid());
        if (builder.billingAccountNumber() == null && site != null) {
            builder.billingAccountNumber(site.billingAccountNumber());
        }
        SimulatedTicket ticket = builder.build();
        tickets.put(ticket.id(), new StoredTicket(clientId, ticket));
        ticketIdsByNumber.put(ticket.spectrumTicketNumber(), ticket.id());
        ticketsVersion++;
        return ticket;
    }

    /** Finds a ticket of any organization by its id or its {@code ECT-} number. */
    synchronized Optional<StoredTicket> findTicket(String idOrNumber) {
        StoredTicket stored = tickets.get(idOrNumber);
        if (stored == null) {
            String id = ticketIdsByNumber.get(idOrNumber);
            stored = id == null ? null : tickets.get(id);
        }
        return Optional.ofNullable(stored);
    }

    /**
     * Replaces a ticket with a changed copy whose {@code dateUpdated} is now.
     *
     * @throws IllegalArgumentException when there is no such ticket
     */
    synchronized SimulatedTicket updateTicket(String idOrNumber, UnaryOperator<SimulatedTicket.Builder> change) {
        StoredTicket stored = findTicket(idOrNumber)
                .orElseThrow(() -> new IllegalArgumentException("No ticket with id or number " + idOrNumber));
        SimulatedTicket changed = change.apply(stored.ticket().toBuilder()).dateUpdated(now()).build();
        tickets.put(changed.id(), new StoredTicket(stored.clientId(), changed));
        ticketsVersion++;
        return changed;
    }

    synchronized List<SimulatedTicket> tickets(String clientId) {
        data(clientId);
        List<SimulatedTicket> result = new ArrayList<>();
        for (StoredTicket stored : tickets.values()) {
            if (stored.clientId().equals(clientId)) {
                result.add(stored.ticket());
            }
        }
        return result;
    }

    /**
     * An organization's tickets, newest created first (ties by id). Sorting is kept until a ticket changes, so that
     * paging through tens of thousands of tickets does not sort them again for every page.
     */
    synchronized List<SimulatedTicket> ticketsNewestFirst(String clientId) {
        SortedTickets sorted = newestFirst.get(clientId);
        if (sorted == null || sorted.version() != ticketsVersion) {
            List<SimulatedTicket> list = tickets(clientId);
            list.sort(NEWEST_FIRST);
            sorted = new SortedTickets(ticketsVersion, List.copyOf(list));
            newestFirst.put(clientId, sorted);
        }
        return sorted.tickets();
    }

    synchronized List<StoredTicket> allTickets() {
        return List.copyOf(tickets.values());
    }

    synchronized String issueToken(String clientId, Duration lifetime) {
        data(clientId);
        String token = randomString(40);
        tokens.put(token, new TokenGrant(clientId, clock.instant().plus(lifetime)));
        return token;
    }

    synchronized Optional<TokenGrant> tokenGrant(String token) {
        return Optional.ofNullable(tokens.get(token));
    }

    synchronized void revokeTokens() {
        tokens.clear();
    }

    private OrganizationData data(String clientId) {
        OrganizationData data = organizations.get(clientId);
        if (data == null) {
            throw new IllegalArgumentException("No organization with client id '" + clientId + "'");
        }
        return data;
    }

    private String newTicketId() {
        String id;
        do {
            id = randomString(30);
        } while (tickets.containsKey(id));
        return id;
    }

    private String nextTicketNumber() {
        String number;
        do {
            number = "ECT-" + nextTicketNumber++;
        } while (ticketIdsByNumber.containsKey(number));
        return number;
    }

    private String randomString(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ID_ALPHABET.charAt(random.nextInt(ID_ALPHABET.length())));
        }
        return sb.toString();
    }
}
