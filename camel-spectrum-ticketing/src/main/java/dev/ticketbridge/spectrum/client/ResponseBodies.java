package dev.ticketbridge.spectrum.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

import org.apache.hc.core5.http.HttpEntity;

/**
 * Reads error bodies without trusting their size: an error page of megabytes must not be held in memory.
 */
final class ResponseBodies {

    static final int MAX_ERROR_BODY = 4000;

    private ResponseBodies() {
    }

    static String readLimited(HttpEntity entity) throws IOException {
        if (entity == null) {
            return null;
        }
        try (InputStream content = entity.getContent()) {
            if (content == null) {
                return null;
            }
            Reader reader = new InputStreamReader(content, StandardCharsets.UTF_8);
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[1024];
            int read;
            while (text.length() < MAX_ERROR_BODY && (read = reader.read(buffer)) != -1) {
                text.append(buffer, 0, Math.min(read, MAX_ERROR_BODY - text.length()));
            }
            return text.length() == 0 ? null : text.toString();
        }
    }
}
