package org.ansoplatform.review.panels;

import static org.assertj.core.api.Assertions.assertThat;

import org.ansoplatform.shared.EmailAddress;
import org.junit.jupiter.api.Test;

class DemoReviewersTests {

    @Test
    void demoMailboxesAreAddressesTheMailTransportAccepts() {
        assertThat(DemoReviewers.mailbox("Nikola Jovanović")).isEqualTo("nikola.jovanovic");
        assertThat(DemoReviewers.mailbox("María José Andrade")).isEqualTo("maria.jose.andrade");
        assertThat(DemoReviewers.mailbox("Yanet Pérez-")).isEqualTo("yanet.perez");
        assertThat(EmailAddress.isValid(DemoReviewers.mailbox("Ngô Bảo Châu") + ".7@reviewers.example.org")).isTrue();
    }
}
