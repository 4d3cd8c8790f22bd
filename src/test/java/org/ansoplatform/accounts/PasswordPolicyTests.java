package org.ansoplatform.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.ansoplatform.platform.InvalidInputException.Violation;
import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    private static String refusal(String password, String email) {
        return PasswordPolicy.check("password", password, email).stream().map(Violation::messageKey).findFirst().orElse(null);
    }

    @Test
    void passwordsFoundInLeakedListsOrBuiltFromPatternsAreRefused() {
        for (String weak : new String[] {"password123456", "qwertyuiop12", "iloveyou12345", "zxcvbnm123456", "1234567890",
                "P@ssw0rd2024!", "ansoplatform", "ansoplatform2026"}) {
            assertThat(refusal(weak, "someone@example.org")).as(weak).isEqualTo("accounts.password.tooCommon");
        }
    }

    @Test
    void passwordsBuiltFromTheEmailAreRefused() {
        assertThat(refusal("amina.diallo1990", "amina.diallo@example.org")).isEqualTo("accounts.password.tooCommon");
        assertThat(refusal("amina.diallo1990", "someone@example.org")).isNull();
    }

    @Test
    void longPassphrasesAreAccepted() {
        assertThat(refusal("correct horse battery", "someone@example.org")).isNull();
        assertThat(refusal("a sturdy browser passphrase", "someone@example.org")).isNull();
        assertThat(refusal("short", "someone@example.org")).isEqualTo("accounts.password.tooShort");
        assertThat(refusal("x".repeat(129), "someone@example.org")).isEqualTo("accounts.password.tooLong");
    }
}
