package dev.ticketbridge.spectrum.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns an error answer into the exception type that tells the caller what to do about it.
 */
final class ErrorMapper {

    private ErrorMapper() {
    }

    static SpectrumApiException toException(ObjectMapper mapper, String operation, String transactionId, int status,
                                            String body) {
        String code = null;
        String message = null;
        JsonNode json = parse(mapper, body);
        if (json != null) {
            // Token and gateway errors use resultCode/resultCodeName/resultMessage; the API uses error/message.
            code = firstText(json, "resultCode", "error");
            String codeName = firstText(json, "resultCodeName");
            if (codeName != null) {
                code = code == null ? codeName : code + " " + codeName;
            }
            message = firstText(json, "resultMessage", "message", "error_description");
        } else if (body != null && !body.isBlank()) {
            message = body.length() > 200 ? body.substring(0, 200) + "..." : body.strip();
        }
        if (AccessTokenProvider.OPERATION.equals(operation) && status >= 400 && status < 500) {
            // However the token endpoint spells its refusal, the remedy is the same: check the credentials.
            return new SpectrumAuthenticationException(operation, transactionId, status, code, message, body);
        }
        return switch (status) {
            case 400 -> new SpectrumBadRequestException(operation, transactionId, status, code, message, body);
            case 401 -> new SpectrumAuthenticationException(operation, transactionId, status, code, message, body);
            case 403 -> new SpectrumForbiddenException(operation, transactionId, status, code, message, body);
            case 404 -> new SpectrumNotFoundException(operation, transactionId, status, code, message, body);
            default -> new SpectrumServerException(operation, transactionId, status, code, message, body);
        };
    }

    private static JsonNode parse(ObjectMapper mapper, String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode node = mapper.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static String firstText(JsonNode json, String... names) {
        for (String name : names) {
            JsonNode value = json.get(name);
            if (value != null && !value.isNull() && !value.asText().isBlank()) {
                return value.asText();
            }
        }
        return null;
    }
}
