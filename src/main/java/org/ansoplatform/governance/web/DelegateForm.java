package org.ansoplatform.governance.web;

import java.util.UUID;

import jakarta.validation.constraints.Size;

/** Appointing the person with this email as the delegate of a member organization. */
public record DelegateForm(@Size(max = 320, message = "{validation.tooLong}") String email, UUID organizationId) {

    static DelegateForm empty() {
        return new DelegateForm(null, null);
    }
}
