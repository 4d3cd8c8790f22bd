package org.ansoplatform.shared;

import java.util.regex.Pattern;

/**
 * An email address the platform can actually send to: a dot-atom local part (no leading, trailing or
 * doubled dots) and a host name with a top-level domain, at most 320 characters. Looser checks let
 * through addresses that the mail transport then refuses, long after the person was told all was well.
 */
public final class EmailAddress {

    private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    private static final Pattern ADDRESS = Pattern.compile(ATOM + "(?:\\." + ATOM + ")*@" + LABEL + "(?:\\." + LABEL + ")+");

    private EmailAddress() {
    }

    public static boolean isValid(String text) {
        return text != null && text.length() <= 320 && ADDRESS.matcher(text).matches();
    }
}
