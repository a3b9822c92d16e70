package dev.ticketbridge.spectrum.simulator;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator as a standalone server until the process is stopped (Ctrl+C).
 *
 * <pre>
 * java -jar camel-spectrum-ticketing-simulator-VERSION-standalone.jar [options]
 *   --port N               port to listen on (default 8089)
 *   --client-id ID         default organization's client id (default demo-client)
 *   --client-secret S      its secret (default demo-secret)
 *   --token-lifetime SECS  token lifetime in seconds (default 3600)
 *   --tickets N            generate N tickets beyond the demo data (default 0)
 *   --activity SECS        every SECS seconds, the support desk changes a random open ticket (default off)
 *   --bind-address ADDR    address to listen on (default 127.0.0.1, loopback only)
 *   --no-demo-data         start with the default organization alone and empty
 *   --help                 print this help
 * </pre>
 */
public final class SpectrumSimulatorMain {

    static final int DEFAULT_PORT = 8089;
    private static final int JOURNAL_CAPACITY = 1000;

    private SpectrumSimulatorMain() {
    }

    /** The parsed command line. */
    record Options(int port, String clientId, String clientSecret, long tokenLifetimeSeconds, int tickets,
                   long activitySeconds, boolean demoData, String bindAddress, boolean help) {
    }

    /**
     * Starts the simulator and blocks until the JVM shuts down.
     *
     * @param args the options above
     * @throws InterruptedException when interrupted while waiting
     */
    public static void main(String[] args) throws InterruptedException {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            usage(System.err);
            System.exit(2);
            return;
        }
        if (options.help()) {
            usage(System.out);
            return;
        }

        SpectrumSimulator simulator = build(options);
        simulator.start();
        if (options.tickets() > 0) {
            simulator.generateTickets(simulator.defaultOrganization(), options.tickets());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.stop();
            stopped.countDown();
        }, "spectrum-simulator-shutdown"));
        printBanner(simulator, options, System.out);
        stopped.await();
    }

    static SpectrumSimulator build(Options options) {
        SpectrumSimulator.Builder builder = SpectrumSimulator.builder()
                .port(options.port())
                .bindAddress(options.bindAddress())
                .credentials(options.clientId(), options.clientSecret())
                .tokenLifetime(Duration.ofSeconds(options.tokenLifetimeSeconds()))
                .seedDemoData(options.demoData())
                // A long-running server must not keep every request forever.
                .journalCapacity(JOURNAL_CAPACITY);
        if (options.activitySeconds() > 0) {
            builder.supportDeskActivity(Duration.ofSeconds(options.activitySeconds()));
        }
        return builder.build();
    }

    static Options parse(String[] args) {
        int port = DEFAULT_PORT;
        String clientId = SpectrumSimulator.DEFAULT_CLIENT_ID;
        String clientSecret = SpectrumSimulator.DEFAULT_CLIENT_SECRET;
        long lifetime = 3600;
        int tickets = 0;
        long activity = 0;
        boolean demoData = true;
        String bindAddress = "127.0.0.1";
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String option = args[i].toLowerCase(Locale.ROOT);
            switch (option) {
                case "--port" -> port = (int) number(option, value(args, ++i, option), 0, 65_535);
                case "--client-id" -> clientId = value(args, ++i, option);
                case "--client-secret" -> clientSecret = value(args, ++i, option);
                case "--token-lifetime" -> lifetime = number(option, value(args, ++i, option), 1, Integer.MAX_VALUE);
                case "--tickets" -> tickets = (int) number(option, value(args, ++i, option), 0, 1_000_000);
                case "--activity" -> activity = number(option, value(args, ++i, option), 1, Integer.MAX_VALUE);
                case "--bind-address" -> bindAddress = value(args, ++i, option);
                case "--no-demo-data" -> demoData = false;
                case "--help", "-h" -> help = true;
                default -> throw new IllegalArgumentException("Unknown option: " + args[i]);
            }
        }
        return new Options(port, clientId, clientSecret, lifetime, tickets, activity, demoData, bindAddress, help);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException("Option " + option + " needs a value");
        }
        return args[index];
    }

    private static long number(String option, String value, long min, long max) {
        try {
            long number = Long.parseLong(value);
            if (number < min || number > max) {
                throw new IllegalArgumentException("Option " + option + " must be between " + min + " and " + max
                        + ", not " + value);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Option " + option + " needs a whole number, not '" + value + "'");
        }
    }

    private static void printBanner(SpectrumSimulator simulator, Options options, PrintStream out) {
        out.println("Spectrum Ticketing simulator is running. Stop it with Ctrl+C.");
        out.println("  API base URL   " + simulator.baseUrl());
        out.println("  Token URL      " + simulator.tokenUrl());
        out.println("  Admin URL      " + simulator.adminUrl());
        out.println("  Client id      " + options.clientId());
        out.println("  Client secret  " + options.clientSecret());
        out.println("  Token lifetime " + options.tokenLifetimeSeconds() + " s");
        if (options.activitySeconds() > 0) {
            out.println("  Support desk   changes a random open ticket every " + options.activitySeconds() + " s");
        }
    }

    private static void usage(PrintStream out) {
        out.println("Usage: java -jar camel-spectrum-ticketing-simulator-<version>-standalone.jar [options]");
        out.println("  --port N               port to listen on (default 8089, 0 for a free one)");
        out.println("  --client-id ID         default organization's client id (default demo-client)");
        out.println("  --client-secret S      its secret (default demo-secret)");
        out.println("  --token-lifetime SECS  token lifetime in seconds (default 3600)");
        out.println("  --tickets N            generate N tickets beyond the demo data (default 0)");
        out.println("  --activity SECS        support desk changes a random open ticket every SECS seconds");
        out.println("  --bind-address ADDR    address to listen on (default 127.0.0.1, loopback only)");
        out.println("  --no-demo-data         start with the default organization alone and empty");
        out.println("  --help                 print this help");
    }
}
