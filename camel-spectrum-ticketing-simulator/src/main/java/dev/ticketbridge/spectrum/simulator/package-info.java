/**
 * A stateful simulator of the Spectrum Enterprise Ticketing API v2.0, for tests, demos and development without a
 * Spectrum account.
 *
 * <p>Start with {@link dev.ticketbridge.spectrum.simulator.SpectrumSimulator} (embedded),
 * {@link dev.ticketbridge.spectrum.simulator.SpectrumSimulatorExtension} (JUnit 5) or
 * {@link dev.ticketbridge.spectrum.simulator.SpectrumSimulatorMain} (standalone). The simulator's model of tickets,
 * sites and circuits is its own, the server's side; it shares nothing with the Camel component.
 */
package dev.ticketbridge.spectrum.simulator;
