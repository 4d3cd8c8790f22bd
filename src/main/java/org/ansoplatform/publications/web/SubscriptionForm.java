package org.ansoplatform.publications.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The public sign-up form: an address, a language, and the proof of work of anonymous forms. */
public record SubscriptionForm(@NotBlank(message = "{subscription.error.email}") @Email(message = "{subscription.error.email}")
        @Size(max = 254, message = "{subscription.error.email}") String email, String language, String altcha) {

    static SubscriptionForm blank(String language) {
        return new SubscriptionForm("", language, null);
    }
}
