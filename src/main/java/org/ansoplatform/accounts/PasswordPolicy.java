package org.ansoplatform.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.ansoplatform.platform.InvalidInputException.Violation;

/**
 * Length over composition rules, as NIST SP 800-63B advises: at least 10 characters, at most 128, not a
 * commonly used password and not built from the email address.
 */
final class PasswordPolicy {

    static final int MIN = 10;
    static final int MAX = 128;

    private static final Set<String> COMMON = Set.of(
            "1234567890", "12345678910", "123456789a", "0123456789", "qwertyuiop", "1q2w3e4r5t", "password1",
            "password12", "password123", "password1234", "passw0rd123", "iloveyou123", "qwerty12345", "qwerty123456",
            "abcdefghij", "abc1234567", "aaaaaaaaaa", "1111111111", "letmein123", "welcome123", "admin12345",
            "administrator", "football123", "baseball123", "sunshine123", "princess123", "changeme123", "trustno1234",
            "zaq12wsxcde", "asdfghjkl1", "qazwsxedcrfv", "1qaz2wsx3edc", "anso123456", "ansoplatform");

    private PasswordPolicy() {
    }

    static List<Violation> check(String field, String password, String email) {
        List<Violation> violations = new ArrayList<>();
        if (password == null || password.length() < MIN) {
            violations.add(new Violation(field, "accounts.password.tooShort", MIN));
        } else if (password.length() > MAX) {
            violations.add(new Violation(field, "accounts.password.tooLong", MAX));
        } else {
            String lower = password.toLowerCase(Locale.ROOT);
            String local = email == null ? "" : Emails.normalize(email).replaceAll("@.*", "");
            boolean oneCharacter = password.chars().distinct().count() < 4;
            if (COMMON.contains(lower) || oneCharacter || (local.length() >= 4 && lower.contains(local))) {
                violations.add(new Violation(field, "accounts.password.tooCommon"));
            }
        }
        return violations;
    }
}
