package org.ansoplatform.shared;

import java.net.URI;
import java.net.URISyntaxException;

/** An http(s) address with a host, as organizations' websites and meetings' online links must be. */
public final class WebAddress {

    private WebAddress() {
    }

    public static boolean isValid(String text) {
        if (text == null || text.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
