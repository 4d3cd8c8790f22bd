package org.ansoplatform.accounts;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The pages that accounts' emails link to (accounts.web), written here once: the events carry these paths,
 * so the mail knows no route. Secrets are URL-encoded.
 */
final class AccountLinks {

    static final String FORGOT_PASSWORD = "/password/forgot";

    private AccountLinks() {
    }

    static String verification(String secret) {
        return "/verify?token=" + encode(secret);
    }

    static String passwordReset(String secret) {
        return "/password/reset?token=" + encode(secret);
    }

    static String invitation(String secret) {
        return "/invitation?token=" + encode(secret);
    }

    private static String encode(String secret) {
        return URLEncoder.encode(secret, StandardCharsets.UTF_8);
    }
}
