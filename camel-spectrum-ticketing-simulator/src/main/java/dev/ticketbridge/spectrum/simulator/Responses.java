package dev.ticketbridge.spectrum.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The provider's answers that more than one endpoint gives: its error bodies in the provider's own shapes, and
 * JSON success bodies.
 */
final class Responses {

    static final String NOT_EDITABLE = "Ticket is not in editable state";

    private final ApiJson json;

    Responses(ApiJson json) {
        this.json = json;
    }

    ApiJson json() {
        return json;
    }

    ApiResponse ok(Object body) {
        return ApiResponse.json(200, json.write(body));
    }

    /** 400 with the provider's validation body {@code {"message": "..."}}. */
    ApiResponse badRequest(String message) {
        return ApiResponse.json(400, json.write(json.message(message)));
    }

    /**
     * 400 in the shape the provider's framework gives an unreadable body:
     * {@code {"error": "Bad Request", "message": "JSON parse error: ...; nested exception is ..."}}.
     */
    ApiResponse parseError(JsonProcessingException e) {
        String message = "JSON parse error: " + e.getOriginalMessage() + "; nested exception is "
                + e.getClass().getName() + ": " + e.getMessage();
        return frameworkError(message);
    }

    /** 400 for a missing body, in the framework's shape, as the provider's Spring-based service answers it. */
    ApiResponse missingBody() {
        return frameworkError("Required request body is missing");
    }

    private ApiResponse frameworkError(String message) {
        ObjectNode body = json.mapper().createObjectNode();
        body.put("error", "Bad Request");
        body.put("message", message);
        return ApiResponse.json(400, json.write(body));
    }

    ApiResponse notEditable() {
        return badRequest(NOT_EDITABLE);
    }

    /** 403 for an object of another organization; the body names no data of that organization. */
    ApiResponse forbidden(String what) {
        ObjectNode body = json.mapper().createObjectNode();
        body.put("error", "Forbidden");
        body.put("message", "The " + what + " is not linked to your organization");
        return ApiResponse.json(403, json.write(body));
    }

    ApiResponse notFound(String message) {
        ObjectNode body = json.mapper().createObjectNode();
        body.put("error", "Not Found");
        body.put("message", message);
        return ApiResponse.json(404, json.write(body));
    }

    ApiResponse invalidToken(String resultMessage) {
        ObjectNode body = json.mapper().createObjectNode();
        body.put("resultMessage", resultMessage);
        body.put("resultCode", "2076");
        body.put("resultCodeName", "INVALID_TOKEN");
        return ApiResponse.json(401, json.write(body));
    }
}
