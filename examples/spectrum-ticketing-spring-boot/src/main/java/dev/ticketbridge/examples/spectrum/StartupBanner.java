package dev.ticketbridge.examples.spectrum;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Tells the person who just started the app where to drop a request and where to look.
 */
@Component
public class StartupBanner {

    private static final Logger LOG = LoggerFactory.getLogger(StartupBanner.class);

    private final ExampleProperties properties;
    private final Environment environment;

    public StartupBanner(ExampleProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void ready() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        LOG.info("""
                Ready.
                  Drop a ticket request (*.json) into  {}
                  answers (ticket id, ECT number) in   {}
                  refused requests, with the reason in {}
                  ticket changes from Spectrum in      {}
                  add a note:     curl -X POST -H 'Content-Type: text/plain' -d 'Technician may come' \
                http://localhost:{}/tickets/<ECT number>/notes
                  ask to close:   curl -X POST -H 'Content-Type: text/plain' -d 'Fixed on our side' \
                http://localhost:{}/tickets/<ECT number>/closure
                  health:         curl http://localhost:{}/actuator/health""",
                properties.inbox(), properties.processed(), properties.error(), properties.outbox(), port, port, port);
    }
}
