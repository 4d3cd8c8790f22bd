package org.ansoplatform.shared;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A Digital Object Identifier: the prefix ({@code 10.} and a registrant code) and a suffix, separated by the
 * first slash. DOIs are case-insensitive, so the value is stored in lower case (DataCite does the same).
 * Accepts the bare DOI, {@code doi:} or its resolver URL (https://doi.org/, dx.doi.org).
 */
public record Doi(String value) {

    private static final Pattern SHAPE = Pattern.compile("10\\.\\d{4,9}(\\.\\d+)*/\\S+");
    private static final Pattern PREFIX = Pattern.compile("10\\.\\d{4,9}(\\.\\d+)*");
    private static final String URL_PREFIX = "https://doi.org/";
    private static final String[] FORMS = { "https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/",
            "doi.org/", "doi:" };

    public Doi {
        value = normalize(value);
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a DOI: " + value);
        }
    }

    public static Doi parse(String text) {
        return new Doi(text);
    }

    public static Doi of(String prefix, String suffix) {
        if (!isPrefix(prefix)) {
            throw new IllegalArgumentException("Not a DOI prefix: " + prefix);
        }
        return new Doi(prefix + "/" + suffix);
    }

    public static boolean isValid(String text) {
        String doi = normalize(text);
        return doi != null && SHAPE.matcher(doi).matches();
    }

    public static boolean isPrefix(String text) {
        return text != null && PREFIX.matcher(text).matches();
    }

    private static String normalize(String text) {
        if (text == null) {
            return null;
        }
        String doi = text.strip();
        for (String form : FORMS) {
            if (doi.regionMatches(true, 0, form, 0, form.length())) {
                doi = doi.substring(form.length());
                break;
            }
        }
        return doi.toLowerCase(Locale.ROOT);
    }

    public String prefix() {
        return value.substring(0, value.indexOf('/'));
    }

    public String suffix() {
        return value.substring(value.indexOf('/') + 1);
    }

    /** The resolver address, with every character a URL path may not carry as such percent-encoded (DOI Handbook 2.5.2.4). */
    public String url() {
        return URL_PREFIX + path();
    }

    /** The DOI as a URL path (its slash kept), for a resolver or a registry's {@code /dois/{doi}}. */
    public String path() {
        StringBuilder url = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/:@!$&'()*+,;=".indexOf(c) >= 0)) {
                url.append(c);
            } else {
                url.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return url.toString();
    }

    @Override
    public String toString() {
        return value;
    }
}
