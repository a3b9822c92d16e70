/**
 * The producer of the {@code spectrum-ticketing} endpoint: one class per operation, and the readers that turn
 * message bodies and headers into requests.
 */
package dev.ticketbridge.spectrum.producer;
