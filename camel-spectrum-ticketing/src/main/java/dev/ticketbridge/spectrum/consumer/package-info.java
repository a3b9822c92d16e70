/**
 * The {@code updatedTickets} polling consumer: delivers every new or changed ticket once, oldest change first, and
 * keeps its cursor in a Camel state repository so that neither a restart nor a failed exchange loses a change.
 */
package dev.ticketbridge.spectrum.consumer;
