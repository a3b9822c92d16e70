package dev.ticketbridge.spectrum.simulator;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * How a ticket writes the readable twins of its dates ({@code dateCreatedYMD} and the like).
 *
 * <p>The provider's document shows more than one form, so the simulator uses them all, per ticket, to keep
 * clients honest: a client must parse every form and treat the epoch field as the truth.
 */
public enum ReadableDateStyle {

    /** {@code 2023-10-03T21:42:58.000+0000}, the form of the document's ticket list example. */
    OFFSET("+0000", "+0000"),

    /** {@code 2024-03-21T15:18:31.000Z}, the form of the document's ticket detail example. */
    ZULU("Z", "Z"),

    /**
     * {@code +0000} on the created and updated dates but {@code +00000} on the resolved and closed dates: the
     * typo in the document's ticket list example, kept on the one seeded ticket that copies that example.
     */
    OFFSET_WITH_TYPO("+0000", "+00000");

    private static final DateTimeFormatter LOCAL_PART =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    private final String openSuffix;
    private final String endSuffix;

    ReadableDateStyle(String openSuffix, String endSuffix) {
        this.openSuffix = openSuffix;
        this.endSuffix = endSuffix;
    }

    /**
     * Formats a created or updated date.
     *
     * @param instant the date, or {@code null}
     * @return the readable date, or {@code null} when the date is {@code null}
     */
    public String formatOpenDate(Instant instant) {
        return instant == null ? null : LOCAL_PART.format(instant) + openSuffix;
    }

    /**
     * Formats a resolved or closed date.
     *
     * @param instant the date, or {@code null}
     * @return the readable date, or {@code null} when the date is {@code null}
     */
    public String formatEndDate(Instant instant) {
        return instant == null ? null : LOCAL_PART.format(instant) + endSuffix;
    }
}
