package dev.ticketbridge.spectrum.simulator;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * The faults a test asked for: answers that replace the simulator's own for matching paths, a given number of times
 * or until cleared, and delays added to every matching answer. Paths are matched whole, without the query string.
 */
final class FaultPlan {

    /** Stands for "until cleared" in place of a count. */
    static final int FOREVER = -1;

    private record Replacement(Pattern path, ResponseDefinition response, AtomicInteger remaining) {

        /** Uses up one occurrence; false once none is left. */
        boolean take() {
            if (remaining.get() == FOREVER) {
                return true;
            }
            return remaining.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
        }
    }

    private record Delay(Pattern path, Duration delay) {
    }

    private final List<Replacement> replacements = new CopyOnWriteArrayList<>();
    private final List<Delay> delays = new CopyOnWriteArrayList<>();

    void replace(String pathRegex, ResponseDefinition response, int times) {
        if (times == 0 || times < FOREVER) {
            throw new IllegalArgumentException("times must be positive, or FOREVER");
        }
        replacements.add(new Replacement(Pattern.compile(pathRegex), response, new AtomicInteger(times)));
    }

    void delay(String pathRegex, Duration delay) {
        delays.add(new Delay(Pattern.compile(pathRegex), delay));
    }

    /** The first replacement still in force for the path, used up by one; rules are tried oldest first. */
    Optional<ResponseDefinition> replacementFor(String path) {
        for (Replacement replacement : replacements) {
            if (replacement.path().matcher(path).matches() && replacement.take()) {
                return Optional.of(replacement.response());
            }
        }
        return Optional.empty();
    }

    /** The longest delay asked for the path, or zero. */
    Duration delayFor(String path) {
        Duration longest = Duration.ZERO;
        for (Delay delay : delays) {
            if (delay.path().matcher(path).matches() && delay.delay().compareTo(longest) > 0) {
                longest = delay.delay();
            }
        }
        return longest;
    }

    void clear() {
        replacements.clear();
        delays.clear();
    }
}
