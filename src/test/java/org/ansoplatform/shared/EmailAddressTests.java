package org.ansoplatform.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailAddressTests {

    @Test
    void acceptsAddressesTheMailTransportAccepts() {
        assertThat(EmailAddress.isValid("amina.yusuf@uonbi.ac.ke")).isTrue();
        assertThat(EmailAddress.isValid("o'neil+anso@example.org")).isTrue();
        assertThat(EmailAddress.isValid("x@a-b.example.org")).isTrue();
    }

    @Test
    void refusesWhatItWouldRefuseLater() {
        assertThat(EmailAddress.isValid("nikola.jovanovi..11@reviewers.example.org")).isFalse();
        assertThat(EmailAddress.isValid(".lead@example.org")).isFalse();
        assertThat(EmailAddress.isValid("trail.@example.org")).isFalse();
        assertThat(EmailAddress.isValid("no-domain@localhost")).isFalse();
        assertThat(EmailAddress.isValid("two@@example.org")).isFalse();
        assertThat(EmailAddress.isValid("space in@example.org")).isFalse();
        assertThat(EmailAddress.isValid("a@-example.org")).isFalse();
        assertThat(EmailAddress.isValid("a".repeat(310) + "@example.org")).isFalse();
        assertThat(EmailAddress.isValid(null)).isFalse();
    }
}
