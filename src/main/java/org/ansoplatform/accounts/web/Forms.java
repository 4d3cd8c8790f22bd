package org.ansoplatform.accounts.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.ansoplatform.platform.SingleLine;

/** The accounts pages' forms; Bean Validation covers shape, the services cover the rules. */
final class Forms {

    private Forms() {
    }

    record Registration(
            @NotBlank(message = "{validation.required}") @Email(message = "{validation.email}") @Size(max = 320, message = "{validation.email}") String email,
            @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") @SingleLine String displayName,
            @NotBlank(message = "{validation.required}") String password,
            String passwordConfirmation, String altcha) {
        static Registration empty() {
            return new Registration("", "", "", "", null);
        }
    }

    record EmailOnly(@NotBlank(message = "{validation.required}") @Email(message = "{validation.email}") String email,
            String altcha) {
        static EmailOnly empty() {
            return new EmailOnly("", null);
        }
    }

    record NewPassword(String token, @NotBlank(message = "{validation.required}") String password, String passwordConfirmation) {
    }

    record PasswordChange(@NotBlank(message = "{validation.required}") String currentPassword,
            @NotBlank(message = "{validation.required}") String newPassword, String newPasswordConfirmation,
            Boolean revokeTokens) {
        static PasswordChange empty() {
            return new PasswordChange("", "", "", false);
        }
    }

    /** @param orcid optional; its check character is checked by {@code OrcidProfile} */
    record Profile(@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") @SingleLine String displayName,
            @Size(max = 60, message = "{orcid.invalid}") String orcid) {
    }

    record TokenRequest(@NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") @SingleLine String name,
            org.ansoplatform.platform.ApiTokenScope scope,
            @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate expiresOn) {
        static TokenRequest empty() {
            return new TokenRequest("", org.ansoplatform.platform.ApiTokenScope.READ, null);
        }
    }

    record Invitation(
            @NotBlank(message = "{validation.required}") @Email(message = "{validation.email}") @Size(max = 320, message = "{validation.email}") String email,
            @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") @SingleLine String displayName,
            java.util.Set<org.ansoplatform.accounts.Role> roles,
            String language) {
        static Invitation empty() {
            return new Invitation("", "", java.util.Set.of(), "en");
        }
    }
}
