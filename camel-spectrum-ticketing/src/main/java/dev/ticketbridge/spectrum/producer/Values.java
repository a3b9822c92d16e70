package dev.ticketbridge.spectrum.producer;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import dev.ticketbridge.spectrum.client.SpectrumValidationException;
import dev.ticketbridge.spectrum.client.Violation;
import dev.ticketbridge.spectrum.model.NoteAction;
import dev.ticketbridge.spectrum.model.ReadableDates;
import dev.ticketbridge.spectrum.model.TicketStatus;

/**
 * Reads header and option values of the many types routes put in them.
 */
final class Values {

    private Values() {
    }

    /**
     * A point in time from an {@code Instant}, {@code OffsetDateTime}, {@code ZonedDateTime}, {@code Date},
     * {@code Calendar}, epoch seconds (a number, or digits as text), ISO-8601 text (a date-time without offset is
     * taken as UTC), or the provider's own readable form.
     *
     * @throws SpectrumValidationException naming the header when the value is none of these
     */
    static Instant instant(String field, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof ZonedDateTime time) {
            return time.toInstant();
        }
        if (value instanceof LocalDateTime time) {
            return time.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof Date date) {
            return date.toInstant();
        }
        if (value instanceof Calendar calendar) {
            return calendar.toInstant();
        }
        if (value instanceof Number number) {
            return Instant.ofEpochSecond(number.longValue());
        }
        String text = value.toString().trim();
        if (text.isEmpty()) {
            return null;
        }
        if (text.chars().allMatch(Character::isDigit)) {
            return Instant.ofEpochSecond(Long.parseLong(text));
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            // not ISO-8601 with an offset: try the other forms below
        }
        try {
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // not a local date-time either
        }
        Instant readable = ReadableDates.parseReadable(text);
        if (readable != null) {
            return readable;
        }
        throw new SpectrumValidationException("getTickets", List.of(new Violation(field,
                "'" + text + "' is not a date: use an Instant, epoch seconds or ISO-8601 text such as "
                + "2024-03-21T15:18:31Z")));
    }

    /** The provider's spelling of a status given as {@code Closed}, {@code closed} or {@code CLOSED}. */
    static String status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return TicketStatus.fromValue(text.trim())
                .or(() -> enumByName(TicketStatus.class, text))
                .map(TicketStatus::value)
                .orElse(text);
    }

    /** The provider's spelling of a note action given as {@code Customer-Closure} or {@code CUSTOMER_CLOSURE}. */
    static String noteAction(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof NoteAction action) {
            return action.value();
        }
        String text = value.toString().trim();
        return NoteAction.fromValue(text)
                .or(() -> enumByName(NoteAction.class, text))
                .map(NoteAction::value)
                .orElse(text);
    }

    static Integer pageNumber(Object header, Integer option) {
        if (header == null || header.toString().isBlank()) {
            return option;
        }
        if (header instanceof Number number) {
            return number.intValue();
        }
        try {
            return Integer.valueOf(header.toString().trim());
        } catch (NumberFormatException e) {
            throw new SpectrumValidationException("getTickets", List.of(new Violation("pageNumber",
                    "'" + header + "' is not a page number")));
        }
    }

    private static <E extends Enum<E>> Optional<E> enumByName(Class<E> type, String text) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text.trim())) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
