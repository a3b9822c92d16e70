package dev.ticketbridge.spectrum.model;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;

/**
 * The provider's date formats.
 *
 * <p>Answers carry each date twice: epoch seconds (the truth) and a readable twin ({@code dateCreatedYMD}). The twin
 * has been seen as {@code 2023-10-03T21:42:58.000+0000}, as {@code 2024-03-21T15:18:31.000Z} and, once, with the typo
 * {@code +00000}. Query parameters are sent as {@code 2023-11-01T16:00:00.000Z}: UTC, whole seconds.
 */
public final class ReadableDates {

    private static final DateTimeFormatter QUERY_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'.000Z'")
            .withZone(ZoneOffset.UTC);

    private static final DateTimeFormatter READABLE_FORMAT = DateTimeFormatter
            .ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxx").withZone(ZoneOffset.UTC);

    private static final DateTimeFormatter LENIENT_PARSER = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .appendPattern("HH:mm[:ss]")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter();

    private ReadableDates() {
    }

    /**
     * Formats an instant the way the provider's query parameters expect it, truncated to the second.
     */
    public static String formatQueryDate(Instant instant) {
        return QUERY_FORMAT.format(instant);
    }

    /**
     * Formats an instant the way the provider writes readable dates in its answers.
     */
    public static String formatReadable(Instant instant) {
        return READABLE_FORMAT.format(instant);
    }

    /**
     * Parses a readable date in any form the provider has been seen to send, ISO-8601 included.
     *
     * @return the instant, or {@code null} when the text is null, blank or not a date: the epoch field stays the truth
     */
    public static Instant parseReadable(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Instant fast = parseCommonForm(text);
        if (fast != null) {
            return fast;
        }
        String value = text.trim();
        // "+00000" appears in the provider's own example: an extra zero on a zero offset.
        if (value.endsWith("+00000")) {
            value = value.substring(0, value.length() - 1);
        }
        try {
            return OffsetDateTime.parse(value, LENIENT_PARSER).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Reads {@code yyyy-MM-ddTHH:mm:ss.SSS} followed by {@code Z}, {@code +0000}, {@code +00000} or {@code +00:00}
     * without a formatter: a list of 10,000 tickets carries 40,000 such dates, and the general parser allocates
     * several objects for each. Any other text returns {@code null} and goes to the general parser.
     */
    private static Instant parseCommonForm(String text) {
        if (text.length() < 24 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
            || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(19) != '.') {
            return null;
        }
        String zone = text.substring(23);
        if (!("Z".equals(zone) || "+0000".equals(zone) || "+00000".equals(zone) || "+00:00".equals(zone))) {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int millis = digits(text, 20, 23);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
            || minute > 59 || second < 0 || second > 59 || millis < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, millis * 1_000_000)
                    .toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** Reads a readable twin leniently: an unreadable value becomes {@code null} instead of failing the answer. */
    public static final class Deserializer extends JsonDeserializer<Instant> {
        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT) {
                return Instant.ofEpochSecond(parser.getLongValue());
            }
            return parseReadable(parser.getValueAsString());
        }
    }

    /** Writes a readable twin in the provider's own form. */
    public static final class Serializer extends JsonSerializer<Instant> {
        @Override
        public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(formatReadable(value));
        }
    }
}
