package org.ansoplatform.review.assignment;

import java.util.List;

/**
 * Why an instance cannot be solved, as a message key (prefixed review.assignment.) and its arguments,
 * so that pages can render it in the reader's language. Arguments are ids and numbers.
 */
public record Explanation(String messageKey, List<Object> args) {

    public Explanation {
        args = List.copyOf(args);
    }

    static Explanation of(String key, Object... args) {
        return new Explanation("review.assignment." + key, List.of(args));
    }

    @Override
    public String toString() {
        return messageKey + args;
    }
}
