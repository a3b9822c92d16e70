/**
 * The HTTP client of the Spectrum Ticketing API: OAuth2 client-credentials tokens, request validation, and the
 * mapping of the provider's error answers to typed exceptions. Nothing in this package depends on Camel.
 */
package dev.ticketbridge.spectrum.client;
