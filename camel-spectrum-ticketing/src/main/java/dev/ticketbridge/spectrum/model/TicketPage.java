package dev.ticketbridge.spectrum.model;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The envelope of GET /tickets: the matching tickets (one page of at most 25, or all of them when paging is off),
 * the total count, and the date filters echoed back in epoch seconds.
 *
 * <p>The provider's {@code previousPageURL} and {@code nextPageURL} are not reliable (its own example has page 1
 * pointing back at page 1): use {@link #getTicketsCount()} and the page number to know where the list ends.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class TicketPage extends ExtensibleObject {

    private Integer ticketsCount;
    private String resultsRetrieved;
    private String pageReturned;
    private String previousPageURL;
    private String nextPageURL;
    private Long openDateStart;
    private Long openDateEnd;
    private Long updateDateStart;
    private Long updateDateEnd;
    private Long resolvedDateStart;
    private Long resolvedDateEnd;
    private Long closedDateStart;
    private Long closedDateEnd;
    private List<Ticket> tickets = new ArrayList<>();
    private boolean complete = true;

    /** An empty page, as the provider's 204 No Content means. */
    public static TicketPage empty() {
        TicketPage page = new TicketPage();
        page.setTicketsCount(0);
        return page;
    }

    /**
     * False when the client asked for every ticket, the provider paged anyway, and tickets kept changing while the
     * pages were read, so that some may be missing. Not part of the provider's answer.
     */
    @JsonIgnore
    public boolean isComplete() {
        return complete;
    }

    /** Marks this answer as possibly missing tickets; see {@link #isComplete()}. */
    public void markIncomplete() {
        this.complete = false;
    }

    /** Total number of tickets that match the query, across all pages. */
    public Integer getTicketsCount() {
        return ticketsCount;
    }

    public void setTicketsCount(Integer ticketsCount) {
        this.ticketsCount = ticketsCount;
    }

    public String getResultsRetrieved() {
        return resultsRetrieved;
    }

    public void setResultsRetrieved(String resultsRetrieved) {
        this.resultsRetrieved = resultsRetrieved;
    }

    public String getPageReturned() {
        return pageReturned;
    }

    public void setPageReturned(String pageReturned) {
        this.pageReturned = pageReturned;
    }

    public String getPreviousPageURL() {
        return previousPageURL;
    }

    public void setPreviousPageURL(String previousPageURL) {
        this.previousPageURL = previousPageURL;
    }

    public String getNextPageURL() {
        return nextPageURL;
    }

    public void setNextPageURL(String nextPageURL) {
        this.nextPageURL = nextPageURL;
    }

    public Long getOpenDateStart() {
        return openDateStart;
    }

    public void setOpenDateStart(Long openDateStart) {
        this.openDateStart = openDateStart;
    }

    public Long getOpenDateEnd() {
        return openDateEnd;
    }

    public void setOpenDateEnd(Long openDateEnd) {
        this.openDateEnd = openDateEnd;
    }

    public Long getUpdateDateStart() {
        return updateDateStart;
    }

    public void setUpdateDateStart(Long updateDateStart) {
        this.updateDateStart = updateDateStart;
    }

    public Long getUpdateDateEnd() {
        return updateDateEnd;
    }

    public void setUpdateDateEnd(Long updateDateEnd) {
        this.updateDateEnd = updateDateEnd;
    }

    public Long getResolvedDateStart() {
        return resolvedDateStart;
    }

    public void setResolvedDateStart(Long resolvedDateStart) {
        this.resolvedDateStart = resolvedDateStart;
    }

    public Long getResolvedDateEnd() {
        return resolvedDateEnd;
    }

    public void setResolvedDateEnd(Long resolvedDateEnd) {
        this.resolvedDateEnd = resolvedDateEnd;
    }

    public Long getClosedDateStart() {
        return closedDateStart;
    }

    public void setClosedDateStart(Long closedDateStart) {
        this.closedDateStart = closedDateStart;
    }

    public Long getClosedDateEnd() {
        return closedDateEnd;
    }

    public void setClosedDateEnd(Long closedDateEnd) {
        this.closedDateEnd = closedDateEnd;
    }

    public List<Ticket> getTickets() {
        return tickets;
    }

    public void setTickets(List<Ticket> tickets) {
        this.tickets = tickets == null ? new ArrayList<>() : tickets;
    }
}
