package dev.ticketbridge.spectrum.simulator;

/**
 * What an endpoint answers: a status and a JSON body, or no body (204).
 *
 * @param status HTTP status
 * @param body   JSON text, or {@code null} for an empty body
 */
record ApiResponse(int status, String body) {

    static ApiResponse json(int status, String body) {
        return new ApiResponse(status, body);
    }

    static ApiResponse noContent() {
        return new ApiResponse(204, null);
    }
}
