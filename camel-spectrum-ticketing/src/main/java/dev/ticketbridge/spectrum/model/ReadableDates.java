package dev.ticketbridge.spectrum.model;

import java.io.IOException;
import java.time.Instant;
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
