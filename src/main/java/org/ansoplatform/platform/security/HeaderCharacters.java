package org.ansoplatform.platform.security;

import java.util.function.Predicate;

import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's firewall checks every header name and value that is read, and by default does it with a
 * regular expression ({@code [\p{IsAssigned}&&[^\p{IsControl}]]*}, with a tab allowed in values), several
 * times per request; in the submission surge that was about 7 % of a request's CPU. These predicates accept
 * exactly the same strings (a property test compares them with those expressions) by one pass over the code
 * points.
 */
final class HeaderCharacters {

    /** Header and parameter names: assigned code points that are not control characters. */
    static final Predicate<String> NAME = text -> allowed(text, false);

    /** Header values: the same, and a tab. */
    static final Predicate<String> VALUE = text -> allowed(text, true);

    private HeaderCharacters() {
    }

    static boolean allowed(String text, boolean tab) {
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7f) { // printable ASCII, nearly every header
                i++;
                continue;
            }
            int codePoint = text.codePointAt(i);
            int type = Character.getType(codePoint);
            if (type == Character.UNASSIGNED || type == Character.CONTROL && !(tab && codePoint == '\t')) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }

    /** Spring's strict firewall with every other default kept. */
    static StrictHttpFirewall firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(NAME);
        firewall.setAllowedHeaderValues(VALUE);
        firewall.setAllowedParameterNames(NAME);
        return firewall;
    }
}
