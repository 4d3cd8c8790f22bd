package org.ansoplatform.accounts;

import java.util.Locale;

final class Emails {

    private Emails() {
    }

    /** Sign-in names compare without case and surrounding blanks. */
    static String normalize(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
