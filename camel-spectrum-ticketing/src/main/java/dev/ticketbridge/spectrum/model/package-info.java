/**
 * The Spectrum Enterprise Ticketing API v2.0 data model, with the provider's field names.
 *
 * <p>Response types are lenient: unknown fields are kept in {@code additionalProperties} and written back on
 * serialization, and readable dates are parsed in every form the provider has been seen to send. Request types are
 * strict: they serialize only the fields the provider documents, and omit absent values rather than sending
 * {@code null}. Nothing in this package depends on Camel.
 */
package dev.ticketbridge.spectrum.model;
