package dev.ticketbridge.spectrum.simulator;

import com.github.tomakehurst.wiremock.http.Request;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of a WireMock request that the simulator's endpoints read: method, decoded path segments and query
 * parameters, and the raw request for headers, body and multipart parts.
 */
final class ApiRequest {

    private final Request request;
    private final String path;
    private final Map<String, String> query;

    ApiRequest(Request request) {
        this.request = request;
        String url = request.getUrl();
        int questionMark = url.indexOf('?');
        this.path = questionMark < 0 ? url : url.substring(0, questionMark);
        this.query = questionMark < 0 ? Map.of() : parseForm(url.substring(questionMark + 1));
    }

    /** Parses {@code a=1&b=2} with form decoding ({@code +} is a space); the first of repeated names wins. */
    static Map<String, String> parseForm(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            values.putIfAbsent(name, value);
        }
        return Collections.unmodifiableMap(values);
    }

    private static String decode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // A malformed escape is kept as sent, so that validation reports the value the client wrote.
            return value;
        }
    }

    String method() {
        return request.getMethod().getName();
    }

    String path() {
        return path;
    }

    /**
     * The path below the given prefix split into decoded segments, or {@code null} when the path is not under it.
     */
    List<String> segmentsUnder(String prefix) {
        if (!path.equals(prefix) && !path.startsWith(prefix + "/")) {
            return null;
        }
        List<String> segments = new ArrayList<>();
        for (String segment : path.substring(prefix.length()).split("/")) {
            if (!segment.isEmpty()) {
                segments.add(decode(segment.replace("+", "%2B")));
            }
        }
        return segments;
    }

    /** The scheme, host and port the client addressed, such as {@code http://localhost:8089}. */
    String origin() {
        return request.getScheme() + "://" + request.getHost() + ":" + request.getPort();
    }

    Map<String, String> query() {
        return query;
    }

    String header(String name) {
        return request.containsHeader(name) ? request.getHeader(name) : null;
    }

    byte[] body() {
        byte[] body = request.getBody();
        return body == null ? new byte[0] : body;
    }

    String bodyAsString() {
        return new String(body(), StandardCharsets.UTF_8);
    }

    Request raw() {
        return request;
    }
}
