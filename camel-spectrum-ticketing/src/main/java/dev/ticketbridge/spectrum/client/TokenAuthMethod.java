package dev.ticketbridge.spectrum.client;

/**
 * How the client credentials travel to the token endpoint. The provider documents and accepts both.
 */
public enum TokenAuthMethod {

    /** {@code client_id} and {@code client_secret} as form fields beside {@code grant_type}. */
    FORM,

    /** An {@code Authorization: Basic base64(clientId:clientSecret)} header; the form carries only the grant type. */
    BASIC
}
