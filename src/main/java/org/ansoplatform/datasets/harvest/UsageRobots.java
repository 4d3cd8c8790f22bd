package org.ansoplatform.datasets.harvest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Robots as COUNTER names them: the COUNTER-Robots list (MIT licence, copied unedited into
 * {@code datasets/robots/COUNTER_Robots_list.txt}), one regular expression a line, matched case-insensitively anywhere
 * in the user agent. The list matches an empty or one-character user agent too ({@code ^.?$}).
 */
@Component
class UsageRobots {

    static final String LIST = "/datasets/robots/COUNTER_Robots_list.txt";

    private final Pattern robots;
    private final int size;

    UsageRobots() {
        List<String> patterns = read();
        this.size = patterns.size();
        this.robots = Pattern.compile(String.join("|", patterns.stream().map(p -> "(?:" + p + ")").toList()),
                Pattern.CASE_INSENSITIVE);
    }

    boolean isRobot(String userAgent) {
        return robots.matcher(userAgent == null ? "" : userAgent).find();
    }

    int size() {
        return size;
    }

    private static List<String> read() {
        try (InputStream in = UsageRobots.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("The COUNTER-Robots list " + LIST + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
