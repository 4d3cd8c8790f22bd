package org.ansoplatform.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Narrows a module's figures to one of its records or groupings ({@code call=scholarship-2021},
 * {@code project=ANSO-CRP-2019-01}, {@code programme=training}): the Annual Report needs "the scholarship's
 * applicants", not every call's. The kinds a module understands are its {@link FigureSource#scopeKinds()};
 * the value is the record's code (or id where it has none), as the module prints it in {@link Choice}.
 */
public record FigureScope(String kind, String value) {

    private static final Pattern KIND = Pattern.compile("[a-z]+");
    private static final Pattern VALUE = Pattern.compile("[^\\[\\]#/{}\\s]+");

    public FigureScope {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        if (!KIND.matcher(kind).matches() || !VALUE.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a figure scope: " + kind + "=" + value);
        }
    }

    public static boolean valid(String kind, String value) {
        return kind != null && value != null && KIND.matcher(kind).matches() && VALUE.matcher(value).matches();
    }

    @Override
    public String toString() {
        return kind + "=" + value;
    }

    /** A scope an editor may pick, with its name in every language ("ANSO Scholarship for Young Talents 2021"). */
    public record Choice(FigureScope scope, LocalizedText label) {
    }
}
