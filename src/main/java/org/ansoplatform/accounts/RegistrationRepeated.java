package org.ansoplatform.accounts;

import java.util.UUID;

import org.ansoplatform.shared.Actor;

/**
 * Someone tried to register an email that already has an account. The page answers as for a new account; the owner
 * is told by email, with {@code path}, the page where a forgotten password is reset.
 */
public record RegistrationRepeated(UUID personId, String path, Actor actor) {
}
