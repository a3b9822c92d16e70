package dev.ticketbridge.spectrum.simulator;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The WireMock extension that answers every request the simulator's catch-all stub matches: it routes the request to
 * the token endpoint, the API or the admin endpoint, applies the faults a test asked for, and echoes the caller's
 * {@code X_TXN_ID} header.
 *
 * <p>It only runs for stubs that name it, so stubs a test adds through {@code wireMock()} answer as written.
 */
final class SpectrumApi implements ResponseDefinitionTransformerV2 {

    static final String NAME = "spectrum-ticketing-simulator";
    static final String TRANSACTION_HEADER = "X_TXN_ID";

    private static final Logger LOG = LoggerFactory.getLogger(SpectrumApi.class);

    private final SimulatorPaths paths;
    private final TokenEndpoint tokens;
    private final TicketQueries queries;
    private final TicketCommands commands;
    private final AdminEndpoint admin;
    private final Responses responses;
    private final FaultPlan faults;

    SpectrumApi(SimulatorPaths paths, TokenEndpoint tokens, TicketQueries queries, TicketCommands commands,
                AdminEndpoint admin, Responses responses, FaultPlan faults) {
        this.paths = paths;
        this.tokens = tokens;
        this.queries = queries;
        this.commands = commands;
        this.admin = admin;
        this.responses = responses;
        this.faults = faults;
    }

    /** The locations of the simulator's three faces. */
    record SimulatorPaths(String apiBasePath, String tokenPath, String adminPath) {
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        ApiRequest request = new ApiRequest(serveEvent.getRequest());
        Optional<ResponseDefinition> replacement = faults.replacementFor(request.path());
        ResponseDefinitionBuilder answer = replacement.map(ResponseDefinitionBuilder::like)
                .orElseGet(() -> toDefinition(route(request)));
        String transactionId = request.header(TRANSACTION_HEADER);
        if (transactionId != null) {
            answer.withHeader(TRANSACTION_HEADER, transactionId);
        }
        Duration delay = faults.delayFor(request.path());
        if (!delay.isZero()) {
            answer.withFixedDelay((int) delay.toMillis());
        }
        return answer.build();
    }

    private ApiResponse route(ApiRequest request) {
        try {
            if (request.path().equals(paths.tokenPath())) {
                return tokens.issue(request);
            }
            List<String> adminSegments = request.segmentsUnder(paths.adminPath());
            if (adminSegments != null) {
                return admin.handle(request, adminSegments);
            }
            List<String> apiSegments = request.segmentsUnder(paths.apiBasePath());
            if (apiSegments != null) {
                TokenEndpoint.Authentication authentication = tokens.authenticate(request);
                if (authentication.refused()) {
                    return authentication.refusal();
                }
                return routeApi(authentication.clientId(), request, apiSegments);
            }
            return responses.notFound("No such resource: " + request.path());
        } catch (RuntimeException e) {
            // A bug in the simulator must still answer, as the provider's 500 does, rather than hang the client.
            LOG.warn("Request {} {} failed inside the simulator: {}. Answering 500.", request.method(),
                    request.path(), e.toString(), e);
            return ApiResponse.json(500, responses.json().write(
                    responses.json().message("Internal error in the simulator: " + e)));
        }
    }

    private ApiResponse routeApi(String clientId, ApiRequest request, List<String> segments) {
        String method = request.method();
        String resource = segments.isEmpty() ? "" : segments.get(0);
        int depth = segments.size();
        if (resource.equals("tickets")) {
            if (depth == 1) {
                return "GET".equals(method) ? queries.listTickets(clientId, request)
                        : "POST".equals(method) ? commands.createTicket(clientId, request) : notAllowed(request);
            }
            String id = segments.get(1);
            if (depth == 2) {
                return "GET".equals(method) ? queries.ticket(clientId, id) : notAllowed(request);
            }
            if (depth == 3 && segments.get(2).equals("notes")) {
                return "POST".equals(method) ? commands.addNote(clientId, id, request) : notAllowed(request);
            }
            if (depth == 3 && segments.get(2).equals("attachments")) {
                return "POST".equals(method) ? commands.addAttachment(clientId, id, request) : notAllowed(request);
            }
        }
        if (resource.equals("sites") && depth == 1) {
            return "GET".equals(method) ? queries.sites(clientId) : notAllowed(request);
        }
        if (resource.equals("circuits") && depth <= 2) {
            if (!"GET".equals(method)) {
                return notAllowed(request);
            }
            return depth == 1 ? queries.circuits(clientId) : queries.circuit(clientId, segments.get(1));
        }
        return responses.notFound("No such resource: " + request.path());
    }

    private ApiResponse notAllowed(ApiRequest request) {
        return ApiResponse.json(405, responses.json().write(responses.json().message(
                "Method " + request.method() + " is not supported on " + request.path())));
    }

    private static ResponseDefinitionBuilder toDefinition(ApiResponse response) {
        ResponseDefinitionBuilder builder = ResponseDefinitionBuilder.responseDefinition()
                .withStatus(response.status());
        if (response.body() != null) {
            builder.withHeader("Content-Type", "application/json;charset=UTF-8").withBody(response.body());
        }
        return builder;
    }
}
