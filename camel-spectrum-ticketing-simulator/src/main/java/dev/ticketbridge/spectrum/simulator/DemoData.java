package dev.ticketbridge.spectrum.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * The demo data a simulator starts with: the provider's own example sites, circuits and tickets for the default
 * organization, generated tickets around them, and a second organization whose data the first must never see.
 *
 * <p>Dates are relative to the simulator's "now", so the data stays inside the 12-month window whenever it runs.
 */
final class DemoData {

    /** The provider's list-example ticket: closed, readable dates with the document's {@code +00000} typo. */
    static final String CLOSED_TICKET_ID = "RSGADG2LITIC5ASBZCZMSAYTNXPKZI";
    static final String CLOSED_TICKET_NUMBER = "ECT-82521505";
    /** The provider's detail-example ticket: open, waiting on the customer, with a note. */
    static final String OPEN_TICKET_ID = "RSGADG2LITIC5ASCC166SBCCESRUM1";
    static final String OPEN_TICKET_NUMBER = "ECT-12345678";
    /** A ticket created 400 days ago, outside the 12-month window of {@code GET /tickets}. */
    static final String OLD_TICKET_ID = "RSGAOLD0TICKET0OLDER0THAN0YEAR";

    static final String BRANDON_SITE = "CSGADGH1JT34HARQG9QLRPGM361HU8";
    static final String ENGLEWOOD_SITE = "GHTER5V0GS4TQAPWXW7V8C000TEST";
    static final String DALLAS_SITE = "er67sq5ae-g343-565h-7688-s22gbdsw2gb56";

    static final String OTHER_CLIENT_ID = "other-client";
    static final String OTHER_CLIENT_SECRET = "other-secret";
    static final String OTHER_SITE = "OTHRS1TE0000000000000000000001";
    static final String OTHER_CIRCUIT = "33.KXFN.900001..CHTR";
    static final String OTHER_TICKET_ID = "OTHRT1CKET00000000000000000001";

    static final int GENERATED_DEMO_TICKETS = 30;
    static final int GENERATED_OTHER_TICKETS = 5;

    private DemoData() {
    }

    static Organization otherOrganization() {
        return new Organization("Other Organization", OTHER_CLIENT_ID, OTHER_CLIENT_SECRET,
                "7F3E1C2A-0B4D-4E5F-9A8B-1C2D3E4F5A6B");
    }

    static void seed(SimulatorState state, Organization demo) {
        Instant now = state.now();
        String demoId = demo.clientId();
        state.addSite(demoId, new Site(BRANDON_SITE, "3918 S KINGS AVE", "", "BRANDON", "FL", "33511", "27.9056",
                "-82.2881", "8260259230587430"));
        state.addSite(demoId, new Site(ENGLEWOOD_SITE, "6399 S FIDDLERS GREEN CIR", "", "ENGLEWOOD", "CO", "80111",
                "39.6003", "-104.8910", "8260259230581111"));
        state.addSite(demoId, new Site(DALLAS_SITE, "123 MAIN ST", "STORE 123", "DALLAS", "TX", "12345",
                "32.876065", "-96.669000", "8260259230582222"));
        state.addCircuit(demoId, new Circuit("51.L4XX.000589..TWCC", BRANDON_SITE, "Data-FIA"));
        state.addCircuit(demoId, new Circuit("90.L2YY.000232TWCC", BRANDON_SITE, "Data-FIA"));
        state.addCircuit(demoId, new Circuit("94.L1XX.001464CHTR", ENGLEWOOD_SITE, "Ethernet-EPL"));
        state.addCircuit(demoId, new Circuit("22.L1ZZ.803238..TEST", ENGLEWOOD_SITE, "Data-FIA"));
        state.addCircuit(demoId, new Circuit("51.LEXT.803376..TEST", ENGLEWOOD_SITE, "Ethernet-EPL"));
        state.addCircuit(demoId, new Circuit("71.L1MK.177355.MOCK", DALLAS_SITE, "Voice-PRI"));

        Instant openCreated = now.minus(Duration.ofDays(3)).minusSeconds(4321);
        Instant askedCustomer = openCreated.plus(Duration.ofHours(5));
        state.addTicket(demoId, SimulatedTicket.builder()
                .id(OPEN_TICKET_ID).spectrumTicketNumber(OPEN_TICKET_NUMBER).customerTicketNumber("TEST9999")
                .ticketReportSource("Inbound Call").needsClientAttention(true).businessImpact("Outage")
                .impactedServices(List.of("Data-FIA")).impactedCircuits(List.of("90.L2YY.000232TWCC"))
                .siteGuid(BRANDON_SITE)
                .contacts(List.of(new Contact("John Doe", "Site", "123-123-1234", "john.doe@emailprovider.com")))
                .ticketSubType("No Connectivity").assignedAction("Maintenance - Waiting for Approvals")
                .dateCreated(openCreated).dateUpdated(askedCustomer).readableDateStyle(ReadableDateStyle.ZULU)
                .addNote(new TicketNote(askedCustomer, "General",
                        "We are reaching out to confirm if your issue has been resolved", null))
                .customerActionPeriods(List.of(new CustomerActionPeriod(SupportDesk.DEFAULT_CUSTOMER_ACTION,
                        askedCustomer, null))));

        Instant closedCreated = now.minus(Duration.ofDays(60)).minusSeconds(1234);
        Instant closedAt = closedCreated.plus(Duration.ofDays(5)).plusSeconds(22_622);
        state.addTicket(demoId, SimulatedTicket.builder()
                .id(CLOSED_TICKET_ID).spectrumTicketNumber(CLOSED_TICKET_NUMBER).status(TicketStatus.CLOSED)
                .ticketReportSource("B2B-API").businessImpact("Information").siteGuid(BRANDON_SITE)
                .billingAccountNumber("")
                .contacts(List.of(new Contact("SPECTRUM SITE EBOND TEST USER", "SITE", "1231231234",
                        "TESTYTHESITETESTER@EMAIL.COM")))
                .ticketSubType("ticket").dateCreated(closedCreated).dateUpdated(closedAt).dateResolved(closedAt)
                .dateClosed(closedAt).resolutionCode("Automation-Closed-Ticketing System-Ticket")
                .resolutionMessage("Automation Closed Ticket at Ticketing System")
                .readableDateStyle(ReadableDateStyle.OFFSET_WITH_TYPO)
                .addNote(new TicketNote(closedCreated.plusSeconds(600), "Handoff ETS",
                        "Handed off to the ETS team for verification.", null)));

        Instant oldCreated = now.minus(Duration.ofDays(400));
        state.addTicket(demoId, SimulatedTicket.builder()
                .id(OLD_TICKET_ID).spectrumTicketNumber("ECT-11111111").status(TicketStatus.CLOSED)
                .siteGuid(DALLAS_SITE).businessImpact("Impairment").dateCreated(oldCreated)
                .dateResolved(oldCreated.plus(Duration.ofDays(1))).dateClosed(oldCreated.plus(Duration.ofDays(2)))
                .dateUpdated(oldCreated.plus(Duration.ofDays(2))).resolutionCode(SupportDesk.DEFAULT_RESOLUTION_CODE)
                .resolutionMessage(SupportDesk.DEFAULT_RESOLUTION_MESSAGE));

        new TicketGenerator(state).generate(demoId, GENERATED_DEMO_TICKETS, new Random(20_231_003L));

        Organization other = otherOrganization();
        state.addOrganization(other);
        state.addSite(other.clientId(), new Site(OTHER_SITE, "500 ELM ST", "", "AUSTIN", "TX", "78701", "30.2672",
                "-97.7431", "8260259230589999"));
        state.addCircuit(other.clientId(), new Circuit(OTHER_CIRCUIT, OTHER_SITE, "Data-FIA"));
        state.addTicket(other.clientId(), SimulatedTicket.builder()
                .id(OTHER_TICKET_ID).spectrumTicketNumber("ECT-90000001").siteGuid(OTHER_SITE)
                .impactedCircuits(List.of(OTHER_CIRCUIT)).impactedServices(List.of("Data-FIA"))
                .dateCreated(now.minus(Duration.ofDays(2))));
        new TicketGenerator(state).generate(other.clientId(), GENERATED_OTHER_TICKETS, new Random(7L));
    }
}
