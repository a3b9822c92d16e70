package dev.ticketbridge.spectrum.model;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The filters of GET /tickets. Every date bound is inclusive and whole seconds in UTC; the provider only keeps the
 * last 12 months of tickets, whatever the bounds say.
 *
 * <p>{@link #page(int)} asks for one page of 25; without it the client asks for every matching ticket in one
 * unpaged answer, which cannot shift while it is read the way pages do when tickets change between two page reads.
 */
public final class TicketQuery {

    private String status;
    private final Map<String, Instant> dateBounds = new LinkedHashMap<>();
    private Integer pageNumber;

    /** A query with no filter: every ticket of the last 12 months. */
    public static TicketQuery all() {
        return new TicketQuery();
    }

    /** Only tickets with this status ({@code In Progress} or {@code Closed}). */
    public TicketQuery status(String status) {
        this.status = status;
        return this;
    }

    public TicketQuery status(TicketStatus status) {
        return status(status == null ? null : status.value());
    }

    public TicketQuery openDateStart(Instant value) {
        return bound("openDateStart", value);
    }

    public TicketQuery openDateEnd(Instant value) {
        return bound("openDateEnd", value);
    }

    public TicketQuery updateDateStart(Instant value) {
        return bound("updateDateStart", value);
    }

    public TicketQuery updateDateEnd(Instant value) {
        return bound("updateDateEnd", value);
    }

    public TicketQuery resolvedDateStart(Instant value) {
        return bound("resolvedDateStart", value);
    }

    public TicketQuery resolvedDateEnd(Instant value) {
        return bound("resolvedDateEnd", value);
    }

    public TicketQuery closedDateStart(Instant value) {
        return bound("closedDateStart", value);
    }

    public TicketQuery closedDateEnd(Instant value) {
        return bound("closedDateEnd", value);
    }

    /**
     * Sets a date bound by its query parameter name, such as {@code updateDateStart}.
     *
     * @throws IllegalArgumentException when the name is not one of the provider's eight date filters
     */
    public TicketQuery bound(String parameter, Instant value) {
        if (!DateFilter.isDateFilter(parameter)) {
            throw new IllegalArgumentException("Not a date filter of GET /tickets: " + parameter);
        }
        if (value == null) {
            dateBounds.remove(parameter);
        } else {
            dateBounds.put(parameter, value);
        }
        return this;
    }

    /** A new query with the same filters and page. */
    public TicketQuery copy() {
        TicketQuery copy = new TicketQuery();
        copy.status = status;
        copy.dateBounds.putAll(dateBounds);
        copy.pageNumber = pageNumber;
        return copy;
    }

    /** Asks for one page (from 1) of 25 tickets instead of all matching tickets. */
    public TicketQuery page(int pageNumber) {
        this.pageNumber = pageNumber;
        return this;
    }

    public String getStatus() {
        return status;
    }

    /** The date bounds that are set, by query parameter name, in the order they were set. */
    public Map<String, Instant> getDateBounds() {
        return Map.copyOf(dateBounds);
    }

    /** The page asked for, or {@code null} for every matching ticket. */
    public Integer getPageNumber() {
        return pageNumber;
    }

    /**
     * The query parameters to send. {@code paginate} is always explicit: the provider's document says both that it
     * defaults to false and that paging is on when no parameter is given.
     */
    public Map<String, String> toQueryParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (status != null) {
            parameters.put("status", status);
        }
        dateBounds.forEach((name, value) -> parameters.put(name, ReadableDates.formatQueryDate(value)));
        if (pageNumber != null) {
            parameters.put("paginate", "true");
            parameters.put("returnPageNumber", Integer.toString(pageNumber));
        } else {
            parameters.put("paginate", "false");
        }
        return parameters;
    }

    @Override
    public String toString() {
        return "TicketQuery" + toQueryParameters();
    }

    /** The eight date filters of GET /tickets, by query parameter name. */
    public static final class DateFilter {

        public static final String OPEN_DATE_START = "openDateStart";
        public static final String OPEN_DATE_END = "openDateEnd";
        public static final String UPDATE_DATE_START = "updateDateStart";
        public static final String UPDATE_DATE_END = "updateDateEnd";
        public static final String RESOLVED_DATE_START = "resolvedDateStart";
        public static final String RESOLVED_DATE_END = "resolvedDateEnd";
        public static final String CLOSED_DATE_START = "closedDateStart";
        public static final String CLOSED_DATE_END = "closedDateEnd";

        private static final List<String> ALL = List.of(
                OPEN_DATE_START, OPEN_DATE_END, UPDATE_DATE_START, UPDATE_DATE_END,
                RESOLVED_DATE_START, RESOLVED_DATE_END, CLOSED_DATE_START, CLOSED_DATE_END);

        private DateFilter() {
        }

        /** All eight names, in the provider's order. */
        public static List<String> names() {
            return ALL;
        }

        static boolean isDateFilter(String name) {
            return ALL.contains(name);
        }
    }
}
