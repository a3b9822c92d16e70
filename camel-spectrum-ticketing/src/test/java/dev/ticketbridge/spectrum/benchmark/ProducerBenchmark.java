package dev.ticketbridge.spectrum.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.management.ThreadMXBean;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.ticketbridge.spectrum.SpectrumTicketingComponent;
import dev.ticketbridge.spectrum.SpectrumTicketingConstants;
import dev.ticketbridge.spectrum.model.Ticket;
import dev.ticketbridge.spectrum.model.TicketPage;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.dataformat.JsonLibrary;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;

import static dev.ticketbridge.spectrum.Fixtures.fixture;

/**
 * Prints what a call through the component costs next to the alternatives a user would otherwise write, and what
 * fetching 10,000 tickets costs unpaged versus page by page. A benchmark, not a test: it prints figures and asserts
 * nothing. Run it with
 * {@code ./mvnw -pl camel-spectrum-ticketing test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.ticketbridge.spectrum.benchmark.ProducerBenchmark}.
 *
 * <p>Client CPU is the process's CPU time less the CPU time of the local server's own threads, so the three clients
 * are compared on what they themselves spend.
 */
public final class ProducerBenchmark {

    private static final int WARMUP_CALLS = 3_000;
    private static final int ROUNDS = 5;
    private static final int CALLS_PER_ROUND = 2_000;
    private static final int LIST_SIZE = 10_000;
    private static final int PAGE_SIZE = 25;
    private static final int LIST_ROUNDS = 5;

    private final ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    private final Set<Long> serverThreads = ConcurrentHashMap.newKeySet();
    private final ObjectMapper mapper = new ObjectMapper();

    private HttpServer server;
    private byte[] ticketBody;
    private byte[] allTicketsBody;
    private final List<byte[]> pageBodies = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        // The tests log the component at DEBUG; a benchmark measures the calls, not the logging.
        Configurator.setLevel("dev.ticketbridge", Level.INFO);
        // Without it the JDK's server writes headers and body in two packets, and Nagle's algorithm against the
        // client's delayed ACK adds 40 ms to every call, hiding what the clients themselves cost.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        new ProducerBenchmark().run();
        // exec:java waits for non-daemon threads; the work is done.
        System.exit(0);
    }

    private void run() throws Exception {
        prepareBodies();
        startServer();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        try (CamelContext camel = camel(base)) {
            camel.start();
            ProducerTemplate template = camel.createProducerTemplate();
            HttpClient javaHttp = HttpClient.newHttpClient();

            System.out.println("Per call: GET one ticket (" + ticketBody.length + " bytes), " + ROUNDS + " rounds of "
                               + CALLS_PER_ROUND + " calls each, interleaved, after " + WARMUP_CALLS
                               + " warm-up calls; best round; one client thread");
            Runnable component = () -> template.requestBody("direct:component", (Object) null);
            Runnable camelHttp = () -> template.requestBody("direct:camelHttp", (Object) null);
            Runnable raw = () -> javaNetHttp(javaHttp, base);
            for (Runnable call : List.of(component, camelHttp, raw)) {
                for (int i = 0; i < WARMUP_CALLS; i++) {
                    call.run();
                }
            }
            Result componentBest = Result.WORST;
            Result camelHttpBest = Result.WORST;
            Result rawBest = Result.WORST;
            for (int round = 0; round < ROUNDS; round++) {
                componentBest = componentBest.best(perCall(component));
                camelHttpBest = camelHttpBest.best(perCall(camelHttp));
                rawBest = rawBest.best(perCall(raw));
            }
            print("spectrum-ticketing component", componentBest);
            print("hand-written camel-http route", camelHttpBest);
            print("java.net.http + Jackson", rawBest);
            System.out.printf("  component / camel-http: CPU %.2fx, time %.2fx%n",
                    componentBest.cpuMicros / camelHttpBest.cpuMicros,
                    componentBest.wallMicros / camelHttpBest.wallMicros);
            System.out.printf("  component / java.net.http: CPU %.2fx, time %.2fx%n",
                    componentBest.cpuMicros / rawBest.cpuMicros, componentBest.wallMicros / rawBest.wallMicros);

            System.out.println();
            System.out.println("Every ticket: " + LIST_SIZE + " tickets, " + allTicketsBody.length
                               + " bytes unpaged, best of " + LIST_ROUNDS + " rounds");
            double unpaged = bestMillis(() -> fetchAll(template, null));
            double paged = bestMillis(() -> walkPages(template));
            System.out.printf("  one unpaged request: %.0f ms; %d pages of %d: %.0f ms; unpaged is %.1fx faster%n",
                    unpaged, LIST_SIZE / PAGE_SIZE, PAGE_SIZE, paged, paged / unpaged);

            long allocated = allocatedBytes(() -> fetchAll(template, null));
            long textThenParse;
            try (CloseableHttpClient apache = HttpClients.createDefault()) {
                textThenParse = allocatedBytes(() -> readAsTextThenParse(apache, base));
            }
            System.out.printf("  bytes allocated per unpaged fetch: component (streamed) %,d; read as text, then "
                              + "parsed %,d (answer %,d bytes)%n", allocated, textThenParse, allTicketsBody.length);
        } finally {
            server.stop(0);
        }
    }

    private Result perCall(Runnable call) {
        long cpuBefore = clientCpuNanos();
        long wallBefore = System.nanoTime();
        for (int i = 0; i < CALLS_PER_ROUND; i++) {
            call.run();
        }
        double wallMicros = (System.nanoTime() - wallBefore) / 1_000.0 / CALLS_PER_ROUND;
        double cpuMicros = (clientCpuNanos() - cpuBefore) / 1_000.0 / CALLS_PER_ROUND;
        return new Result(cpuMicros, wallMicros);
    }

    private static void print(String name, Result result) {
        System.out.printf("  %-32s client CPU %6.1f us/call, time %6.1f us/call%n", name, result.cpuMicros,
                result.wallMicros);
    }

    private double bestMillis(Runnable work) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < LIST_ROUNDS; i++) {
            long started = System.nanoTime();
            work.run();
            best = Math.min(best, (System.nanoTime() - started) / 1_000_000.0);
        }
        return best;
    }

    private long allocatedBytes(Runnable work) {
        work.run();
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        work.run();
        return threads.getThreadAllocatedBytes(id) - before;
    }

    private long clientCpuNanos() {
        long process = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        long server = 0;
        for (long id : serverThreads) {
            long cpu = threads.getThreadCpuTime(id);
            server += Math.max(cpu, 0);
        }
        return process - server;
    }

    private static void fetchAll(ProducerTemplate template, Integer page) {
        List<?> tickets = template.requestBodyAndHeader("direct:list", null, SpectrumTicketingConstants.PAGE_NUMBER,
                page, List.class);
        if (page == null && tickets.size() != LIST_SIZE) {
            throw new IllegalStateException("expected " + LIST_SIZE + " tickets, got " + tickets.size());
        }
    }

    private static void walkPages(ProducerTemplate template) {
        // Kept, like the unpaged answer: a caller that wants every ticket holds every ticket.
        List<Object> all = new ArrayList<>(LIST_SIZE);
        for (int page = 1; all.size() < LIST_SIZE; page++) {
            List<?> tickets = template.requestBodyAndHeader("direct:list", null,
                    SpectrumTicketingConstants.PAGE_NUMBER, page, List.class);
            if (tickets.isEmpty()) {
                throw new IllegalStateException("page " + page + " is empty after " + all.size() + " tickets");
            }
            all.addAll(tickets);
        }
    }

    private Object javaNetHttp(HttpClient client, String base) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/tickets/ECT-1"))
                .header("Authorization", "Bearer benchmark-token")
                .header("Accept", "application/json;charset=utf-8")
                .header("X_TXN_ID", UUID.randomUUID().toString())
                .build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                return mapper.readValue(body, Ticket.class);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void readAsTextThenParse(CloseableHttpClient client, String base) {
        try {
            String text = client.execute(new HttpGet(base + "/api/tickets?paginate=false"),
                    response -> EntityUtils.toString(response.getEntity()));
            mapper.readValue(text, TicketPage.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private CamelContext camel(String base) throws Exception {
        CamelContext camel = new DefaultCamelContext();
        SpectrumTicketingComponent component = new SpectrumTicketingComponent();
        component.getConfiguration().setBaseUrl(base + "/api");
        component.getConfiguration().setTokenUrl(base + "/token");
        component.getConfiguration().setClientId("benchmark");
        component.getConfiguration().setClientSecret("benchmark-secret");
        camel.addComponent("spectrum-ticketing", component);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:component").to("spectrum-ticketing:getTicket?ticketId=ECT-1");
                from("direct:list").to("spectrum-ticketing:getTickets");
                from("direct:camelHttp")
                        .setHeader("Authorization", constant("Bearer benchmark-token"))
                        .setHeader("Accept", constant("application/json;charset=utf-8"))
                        .setHeader("X_TXN_ID", method(UUID.class, "randomUUID"))
                        .to(base + "/api/tickets/ECT-1")
                        .unmarshal().json(JsonLibrary.Jackson, Ticket.class);
            }
        });
        return camel;
    }

    private void prepareBodies() throws IOException {
        ticketBody = fixture("ticket-detail-response.json").getBytes(StandardCharsets.UTF_8);
        ObjectNode template = (ObjectNode) mapper.readTree(fixture("tickets-page-response.json")).path("tickets")
                .get(0);
        List<ObjectNode> tickets = new ArrayList<>();
        for (int i = 0; i < LIST_SIZE; i++) {
            ObjectNode ticket = template.deepCopy();
            ticket.put("id", String.format("BENCH%025d", i));
            ticket.put("spectrumTicketNumber", String.format("ECT-%08d", i));
            ticket.put("dateUpdated", 1696824000L + i);
            tickets.add(ticket);
        }
        allTicketsBody = envelope(tickets, tickets.size()).getBytes(StandardCharsets.UTF_8);
        for (int from = 0; from < LIST_SIZE; from += PAGE_SIZE) {
            pageBodies.add(envelope(tickets.subList(from, from + PAGE_SIZE), LIST_SIZE)
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    private String envelope(List<ObjectNode> tickets, int total) throws IOException {
        ObjectNode page = mapper.createObjectNode();
        page.put("ticketsCount", total);
        page.putArray("tickets").addAll(tickets);
        return mapper.writeValueAsString(page);
    }

    private void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(() -> {
                serverThreads.add(Thread.currentThread().getId());
                runnable.run();
            }, "benchmark-server");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/token", exchange -> respond(exchange, fixture("token-response.json")
                .replace("<encrypted_token_XYZ>", "benchmark-token").getBytes(StandardCharsets.UTF_8)));
        server.createContext("/api/tickets/ECT-1", exchange -> respond(exchange, ticketBody));
        server.createContext("/api/tickets", exchange -> respond(exchange, ticketsAnswer(exchange)));
        server.start();
        // The accept loop runs on the server's own dispatcher thread: count it as the server's too.
        Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("HTTP-Dispatcher"))
                .forEach(t -> serverThreads.add(t.getId()));
    }

    private byte[] ticketsAnswer(HttpExchange exchange) {
        Map<String, String> query = new HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] parts = pair.split("=", 2);
                query.put(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        if ("true".equals(query.get("paginate"))) {
            int page = Integer.parseInt(query.getOrDefault("returnPageNumber", "1"));
            return pageBodies.get(Math.min(page, pageBodies.size()) - 1);
        }
        return allTicketsBody;
    }

    private static void respond(HttpExchange exchange, byte[] body) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", "application/json;charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private record Result(double cpuMicros, double wallMicros) {

        static final Result WORST = new Result(Double.MAX_VALUE, Double.MAX_VALUE);

        Result best(Result other) {
            return new Result(Math.min(cpuMicros, other.cpuMicros), Math.min(wallMicros, other.wallMicros));
        }
    }
}
