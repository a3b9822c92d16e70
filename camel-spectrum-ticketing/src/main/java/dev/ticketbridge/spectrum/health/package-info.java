/**
 * Health checks of the {@code spectrum-ticketing} component, reported through Camel's health API (and from there
 * to Spring Boot actuator, Camel Main's health endpoint or JMX). Their details never hold a secret or a token.
 */
package dev.ticketbridge.spectrum.health;
