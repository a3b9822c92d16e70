package dev.ticketbridge.examples.spectrum;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The example's own settings, under {@code example.*}.
 */
@ConfigurationProperties(prefix = "example")
public class ExampleProperties {

    /** The folder that holds inbox, processed, error and outbox; relative to the working directory. */
    private Path workDir = Path.of("work");

    /** The embedded simulator. */
    private final Simulator simulator = new Simulator();

    public Path getWorkDir() {
        return workDir;
    }

    public void setWorkDir(Path workDir) {
        this.workDir = workDir;
    }

    public Simulator getSimulator() {
        return simulator;
    }

    /** Where ticket requests are dropped. */
    public Path inbox() {
        return workDir.resolve("inbox").toAbsolutePath();
    }

    /** Where processed requests go, each with its answer beside it. */
    public Path processed() {
        return workDir.resolve("processed").toAbsolutePath();
    }

    /** Where refused or failed requests go, each with the reason beside it. */
    public Path error() {
        return workDir.resolve("error").toAbsolutePath();
    }

    /** Where every ticket change Spectrum makes is written. */
    public Path outbox() {
        return workDir.resolve("outbox").toAbsolutePath();
    }

    /** The embedded simulator's settings, under {@code example.simulator.*}. */
    public static class Simulator {

        /** Whether to start the Spectrum simulator in-process and point the component at it. */
        private boolean enabled = true;

        /** The simulator's port; 0 picks a free one. */
        private int port;

        /** How often the simulated support desk changes a random open ticket; 0 for never. */
        private Duration supportDeskActivity = Duration.ofSeconds(10);

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public int getPort() {
            return port;
        }

        public void setPort(int port) {
            this.port = port;
        }

        public Duration getSupportDeskActivity() {
            return supportDeskActivity;
        }

        public void setSupportDeskActivity(Duration supportDeskActivity) {
            this.supportDeskActivity = supportDeskActivity;
        }
    }
}
