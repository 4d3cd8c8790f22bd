package org.ansoplatform;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/** Reads a refused form's page as the reader sees it: the message shown next to a field ({@code fragments/forms :: error}). */
public final class FieldErrors {

    private FieldErrors() {
    }

    /** The text of the {@code field-error} element of the field, unescaped, or null if the page shows none. */
    public static String of(String html, String field) {
        Matcher matcher = Pattern.compile("<small class=\"field-error\" id=\"" + Pattern.quote(field) + "-error\">([^<]*)</small>")
                .matcher(html);
        return matcher.find() ? HtmlUtils.htmlUnescape(matcher.group(1)) : null;
    }
}
