package org.ansoplatform.calls;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The calls module's pages that its emails link to, relative to the site's address. Events carry them, so
 * notifications writes no route of this module.
 */
public final class CallsPaths {

    private CallsPaths() {
    }

    public static String application(UUID applicationId) {
        return "/applications/" + applicationId;
    }

    public static String receipt(UUID applicationId) {
        return application(applicationId) + "/submission.pdf";
    }

    /** The referee's page, its single-use secret in the query. */
    public static String referee(String token) {
        return "/referee?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    public static String offerLetter(UUID offerId) {
        return "/offers/" + offerId + "/letter.pdf";
    }

    /** The offer on its application's page. */
    public static String offer(UUID applicationId) {
        return application(applicationId) + "#offer";
    }

    /** The selection's outcome on its application's page. */
    public static String outcome(UUID applicationId) {
        return application(applicationId) + "#decision";
    }
}
