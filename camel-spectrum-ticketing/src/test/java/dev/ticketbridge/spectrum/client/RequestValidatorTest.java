package dev.ticketbridge.spectrum.client;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ticketbridge.spectrum.model.Attachment;
import dev.ticketbridge.spectrum.model.CreateTicketRequest;
import dev.ticketbridge.spectrum.model.NoteRequest;
import dev.ticketbridge.spectrum.model.RequestContact;
import dev.ticketbridge.spectrum.model.TicketQuery;
import org.junit.jupiter.api.Test;

import static dev.ticketbridge.spectrum.Fixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every rule of the provider's document, checked before anything is sent.
 */
class RequestValidatorTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void providersWorkingExampleIsValid() throws Exception {
        CreateTicketRequest request = mapper.readValue(fixture("create-ticket-request.json"),
                CreateTicketRequest.class);

        assertThatCode(() -> RequestValidator.validate(request)).doesNotThrowAnyException();
    }

    @Test
    void emptyRequestNamesEveryRequiredField() {
        SpectrumValidationException error = createFails(new CreateTicketRequest());

        assertThat(error.getFields()).containsExactly("siteGuid", "submitterId", "issueDescription",
                "customerTicketId", "businessImpact", "contacts");
        assertThat(error.getMessage()).startsWith("createTicket request not sent, 6 invalid field(s): ")
                .contains("siteGuid: or circuits is required");
    }

    @Test
    void circuitsAloneNameTheLocation() throws Exception {
        CreateTicketRequest request = valid();
        request.setSiteGuid(null);

        assertThatCode(() -> RequestValidator.validate(request)).doesNotThrowAnyException();
    }

    @Test
    void siteGuidAloneNamesTheLocation() throws Exception {
        CreateTicketRequest request = valid();
        request.setCircuits(null);

        assertThatCode(() -> RequestValidator.validate(request)).doesNotThrowAnyException();
    }

    @Test
    void moreThanFiveCircuitsAreRefused() throws Exception {
        CreateTicketRequest request = valid();
        request.setCircuits(List.of("C1", "C2", "C3", "C4", "C5", "C6"));

        assertThat(createFails(request).getFields()).containsExactly("circuits");
    }

    @Test
    void blankAndRepeatedCircuitsAreRefused() throws Exception {
        CreateTicketRequest request = valid();
        request.setCircuits(List.of("C1", " ", "C1"));

        assertThat(createFails(request).getFields()).containsExactly("circuits[1]", "circuits[2]");
    }

    @Test
    void businessImpactMustBeOneANewTicketMayHave() throws Exception {
        CreateTicketRequest request = valid();
        request.setBusinessImpact("Failover");

        assertThat(createFails(request).getMessage()).contains("businessImpact: must be Outage, Impairment or "
                                                                + "Information, not 'Failover'");
    }

    @Test
    void aSiteContactIsRequired() throws Exception {
        CreateTicketRequest request = valid();
        request.getContacts().get(0).setType("Technical");

        assertThat(createFails(request).getFields()).containsExactly("contacts");
    }

    @Test
    void everyContactNeedsTypeNamesPhoneAndEmail() throws Exception {
        CreateTicketRequest request = valid();
        request.getContacts().add(new RequestContact());

        assertThat(createFails(request).getFields()).containsExactly("contacts[1].type", "contacts[1].firstName",
                "contacts[1].lastName", "contacts[1].phoneNumber", "contacts[1].email");
    }

    @Test
    void contactTypeMustBeSpelledAsTheProviderDoes() throws Exception {
        CreateTicketRequest request = valid();
        request.getContacts().get(0).setType("SITE");

        assertThat(createFails(request).getFields()).containsExactly("contacts[0].type", "contacts");
    }

    @Test
    void siteAccessTimesMustBeTwentyFourHourHhMm() throws Exception {
        CreateTicketRequest request = valid();
        request.setSiteAccessStartTime("9:00");
        request.setSiteAccessEndTime("24:00");

        assertThat(createFails(request).getFields()).containsExactly("siteAccessStartTime", "siteAccessEndTime");
    }

    @Test
    void submitterIdIsAtMost254Characters() throws Exception {
        CreateTicketRequest request = valid();
        request.setSubmitterId("a".repeat(245) + "@acme.test");

        assertThat(createFails(request).getMessage()).contains("submitterId: is 255 characters, at most 254");
    }

    @Test
    void noteNeedsTicketTextSubmitterAndKnownAction() {
        SpectrumValidationException error = catchThrowableOfType(SpectrumValidationException.class,
                () -> RequestValidator.validate(" ", new NoteRequest()));

        assertThat(error.getFields()).containsExactly("ticketId", "note", "submitterId", "action");
    }

    @Test
    void noteIsAtMostTenThousandCharacters() {
        NoteRequest note = NoteRequest.builder().note("x".repeat(10_001)).submitterId("a@b.c")
                .action("Customer-Note").build();

        SpectrumValidationException error = catchThrowableOfType(SpectrumValidationException.class,
                () -> RequestValidator.validate("T1", note));

        assertThat(error.getMessage()).contains("note: is 10001 characters, at most 10000");
    }

    @Test
    void noteOfExactlyTenThousandCharactersIsValid() {
        NoteRequest note = NoteRequest.builder().note("x".repeat(10_000)).submitterId("a".repeat(254))
                .action("Customer-Closure").build();

        assertThatCode(() -> RequestValidator.validate("T1", note)).doesNotThrowAnyException();
    }

    @Test
    void noteActionMustBeCustomerNoteOrCustomerClosure() {
        NoteRequest note = NoteRequest.builder().note("Please close").submitterId("a@b.c").action("Close").build();

        assertThat(catchThrowableOfType(SpectrumValidationException.class, () -> RequestValidator.validate("T1", note))
                .getFields()).containsExactly("action");
    }

    @Test
    void attachmentOfAnAcceptedTypeUpToOneMegabyteIsValid() {
        Attachment attachment = new Attachment("Report.PDF", new byte[(int) AttachmentTypes.MAX_SIZE_BYTES]);

        assertThatCode(() -> RequestValidator.validate("T1", attachment, "a@b.c")).doesNotThrowAnyException();
    }

    @Test
    void attachmentOverOneMegabyteIsRefused() {
        Attachment attachment = new Attachment("capture.zip", new byte[(int) AttachmentTypes.MAX_SIZE_BYTES + 1]);

        SpectrumValidationException error = catchThrowableOfType(SpectrumValidationException.class,
                () -> RequestValidator.validate("T1", attachment, "a@b.c"));

        assertThat(error.getFields()).containsExactly("file");
    }

    @Test
    void attachmentOfAnotherTypeOrWithoutNameIsRefused() {
        SpectrumValidationException exe = catchThrowableOfType(SpectrumValidationException.class,
                () -> RequestValidator.validate("T1", new Attachment("setup.exe", new byte[1]), "a@b.c"));
        SpectrumValidationException unnamed = catchThrowableOfType(SpectrumValidationException.class,
                () -> RequestValidator.validate("T1", new Attachment(null, new byte[1]), "a@b.c"));

        assertThat(exe.getMessage()).contains("'setup.exe' is not an accepted type");
        assertThat(unnamed.getFields()).containsExactly("fileName");
    }

    @Test
    void emptyAttachmentWithoutTicketOrSubmitterNamesAllThree() {
        SpectrumValidationException error = catchThrowableOfType(SpectrumValidationException.class,
                () -> RequestValidator.validate(null, new Attachment("a.txt", new byte[0]), null));

        assertThat(error.getFields()).containsExactly("ticketId", "submitterId", "file");
    }

    @Test
    void queryStatusMustBeInProgressOrClosed() {
        SpectrumValidationException error = catchThrowableOfType(SpectrumValidationException.class,
                () -> RequestValidator.validate(TicketQuery.all().status("Open")));

        assertThat(error.getFields()).containsExactly("status");
    }

    @Test
    void queryStartAfterEndIsRefused() {
        TicketQuery query = TicketQuery.all().updateDateStart(Instant.parse("2024-02-01T00:00:00Z"))
                .updateDateEnd(Instant.parse("2024-01-01T00:00:00Z")).page(0);

        SpectrumValidationException error = catchThrowableOfType(SpectrumValidationException.class,
                () -> RequestValidator.validate(query));

        assertThat(error.getFields()).containsExactly("pageNumber", "updateDateStart");
    }

    private CreateTicketRequest valid() throws Exception {
        CreateTicketRequest request = mapper.readValue(fixture("create-ticket-request.json"),
                CreateTicketRequest.class);
        request.setContacts(new ArrayList<>(request.getContacts()));
        return request;
    }

    private static SpectrumValidationException createFails(CreateTicketRequest request) {
        return catchThrowableOfType(SpectrumValidationException.class, () -> RequestValidator.validate(request));
    }
}
