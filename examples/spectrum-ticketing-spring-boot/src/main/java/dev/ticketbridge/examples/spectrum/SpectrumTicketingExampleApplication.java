package dev.ticketbridge.examples.spectrum;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.camel.support.processor.state.FileStateRepository;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;

/**
 * Opens Spectrum tickets from JSON files dropped into a folder, writes every ticket change Spectrum makes to another
 * folder, and adds notes or closure requests over HTTP.
 *
 * <p>By default it starts the Spectrum simulator in-process, with a simulated support desk that keeps changing
 * tickets, so that it runs with no Spectrum account; the {@code spectrum} profile talks to the real gateway instead.
 */
@SpringBootApplication
@EnableConfigurationProperties(ExampleProperties.class)
public class SpectrumTicketingExampleApplication {

    public static void main(String[] args) {
        SpringApplication.run(SpectrumTicketingExampleApplication.class, args);
    }

    /**
     * Where the updatedTickets consumer keeps its cursor against the real gateway, so that a restart neither loses
     * nor repeats changes. The simulator starts afresh on every run, so its cursor stays in memory.
     */
    @Bean(initMethod = "start", destroyMethod = "stop")
    @Profile("spectrum")
    public FileStateRepository updatedTicketsState(ExampleProperties properties) throws IOException {
        Path folder = Files.createDirectories(properties.getWorkDir());
        return FileStateRepository.fileStateRepository(folder.resolve("updated-tickets.state").toFile());
    }
}
