package org.ansoplatform.calls.web;

import java.util.UUID;

/**
 * The Secretariat names the referee who replaces one who cannot write, from the application's page
 * ({@code application}, a hidden field, is the page shown again when the service refuses a name or address).
 */
public record ReplaceRefereeForm(UUID application, String name, String email, String institution) {

    static ReplaceRefereeForm empty(UUID application) {
        return new ReplaceRefereeForm(application, null, null, null);
    }
}
