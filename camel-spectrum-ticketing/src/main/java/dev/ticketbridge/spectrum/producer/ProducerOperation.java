package dev.ticketbridge.spectrum.producer;

import org.apache.camel.Exchange;

/**
 * One operation of the API, as a producer performs it: read the message, call the client, write the answer.
 */
interface ProducerOperation {

    void execute(Exchange exchange, OperationContext context) throws Exception;
}
