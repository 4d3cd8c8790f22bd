package org.ansoplatform.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.platform.ApiTokenScope;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.LanguageChosen;
import org.ansoplatform.platform.Languages;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.RateLimits;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.EmailAddress;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything that changes an account. Each command checks all its input before it writes, and
 * publishes events that the notifications and activity log modules act on after commit.
 */
@Service
@Transactional
public class AccountManagement {

    static final Duration VERIFICATION_VALIDITY = Duration.ofHours(48);
    static final Duration RESET_VALIDITY = Duration.ofHours(1);
    static final Duration INVITATION_VALIDITY = Duration.ofDays(14);

    private final People people;
    private final LinkTokenStore links;
    private final ApiTokenStore apiTokens;
    private final PersonSessions sessions;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final RateLimits rateLimits;
    private final Languages languages;

    AccountManagement(People people, LinkTokenStore links, ApiTokenStore apiTokens, PersonSessions sessions,
            PasswordEncoder passwords, ApplicationEventPublisher events, CurrentActor currentActor, Clock clock,
            RateLimits rateLimits, Languages languages) {
        this.rateLimits = rateLimits;
        this.languages = languages;
        this.people = people;
        this.links = links;
        this.apiTokens = apiTokens;
        this.sessions = sessions;
        this.passwords = passwords;
        this.events = events;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /**
     * Creates an account that waits for its email to be verified and returns its id. An email that already has an
     * account gets the same answer (null instead of an id, which no page shows) and its owner an email saying so,
     * so that registration does not tell anyone which addresses have accounts.
     */
    public UUID register(String email, String displayName, String password, String language) {
        rateLimits.check(RateLimits.Action.REGISTRATION, email);
        String normalized = Emails.normalize(email);
        List<Violation> violations = new ArrayList<>(PasswordPolicy.check("password", password, normalized));
        if (!EmailAddress.isValid(normalized)) {
            violations.add(0, new Violation("email", "validation.email"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Person existing = people.findByEmail(normalized).orElse(null);
        if (existing != null) {
            passwords.encode(password); // the same work as a new account, so the time taken tells nothing either
            events.publishEvent(new RegistrationRepeated(existing.id(), AccountLinks.FORGOT_PASSWORD, actorFor(existing)));
            return null;
        }
        Person person = Person.registered(normalized, displayName.strip(), passwords.encode(password),
                supportedLanguage(language), clock.instant());
        saveNew(person);
        Actor actor = actorFor(person);
        events.publishEvent(new PersonRegistered(person.id(), actor));
        events.publishEvent(new EmailVerificationRequested(person.id(), AccountLinks.verification(
                links.issue(person.id(), LinkTokenStore.Purpose.VERIFY_EMAIL, VERIFICATION_VALIDITY)), actor));
        return person.id();
    }

    /** Sends a new verification link to an account that has not been verified yet; silent otherwise. */
    public void resendVerification(String email) {
        rateLimits.check(RateLimits.Action.VERIFICATION_RESEND, email);
        people.findByEmail(Emails.normalize(email))
                .filter(person -> person.status() == PersonStatus.PENDING_VERIFICATION)
                .ifPresent(person -> events.publishEvent(new EmailVerificationRequested(person.id(),
                        AccountLinks.verification(links.issue(person.id(), LinkTokenStore.Purpose.VERIFY_EMAIL,
                                VERIFICATION_VALIDITY)), actorFor(person))));
    }

    public void verifyEmail(String token) {
        LinkTokenStore.Spent spent = spend(token, LinkTokenStore.Purpose.VERIFY_EMAIL);
        Person person = people.findById(spent.personId()).orElseThrow();
        person.verifyEmail(clock.instant());
        people.save(person);
        links.retireOthers(person.id(), LinkTokenStore.Purpose.VERIFY_EMAIL);
        events.publishEvent(new EmailVerified(person.id(), actorFor(person)));
    }

    /** Emails a reset link if an account has this address. Says nothing either way, to reveal nothing. */
    public void requestPasswordReset(String email) {
        rateLimits.check(RateLimits.Action.PASSWORD_RESET, email);
        people.findByEmail(Emails.normalize(email))
                .filter(person -> person.status() == PersonStatus.ACTIVE || person.status() == PersonStatus.PENDING_VERIFICATION)
                .ifPresent(person -> events.publishEvent(new PasswordResetRequested(person.id(),
                        AccountLinks.passwordReset(links.issue(person.id(), LinkTokenStore.Purpose.RESET_PASSWORD,
                                RESET_VALIDITY)), actorFor(person))));
    }

    /** Checks a link before showing its form, so an expired link says so at once. */
    @Transactional(readOnly = true)
    public void checkLink(String token, String purpose) {
        LinkTokenStore.Spent spent = links.check(token, LinkTokenStore.Purpose.valueOf(purpose));
        if (spent.failure() != null) {
            throw linkFailure(spent.failure());
        }
    }

    public void resetPassword(String token, String newPassword) {
        LinkTokenStore.Spent found = links.check(token, LinkTokenStore.Purpose.RESET_PASSWORD);
        if (found.failure() != null) {
            throw linkFailure(found.failure());
        }
        Person person = people.findById(found.personId()).orElseThrow();
        requireGoodPassword(newPassword, person.email());
        spend(token, LinkTokenStore.Purpose.RESET_PASSWORD);
        person.changePassword(passwords.encode(newPassword));
        // a reset link proves control of the mailbox, as a verification link does
        person.verifyEmail(clock.instant());
        people.save(person);
        links.retireOthers(person.id(), LinkTokenStore.Purpose.RESET_PASSWORD);
        // a reset is what someone does who fears the old password is known: nothing made with it stays alive
        sessions.end(person.email(), false);
        apiTokens.revokeAll(person.id());
        events.publishEvent(new PasswordChanged(person.id(), AccountLinks.FORGOT_PASSWORD, actorFor(person)));
    }

    /**
     * Sets a new password and ends every other session of the person's at once; their API tokens too, if they ask
     * (a script's token is often wanted to outlive a routine password change).
     */
    public void changePassword(UUID personId, String currentPassword, String newPassword, boolean revokeTokens) {
        Person person = people.findById(personId).orElseThrow(() -> new NotFoundException("person"));
        List<Violation> violations = new ArrayList<>();
        if (currentPassword == null || person.passwordHash() == null || !passwords.matches(currentPassword, person.passwordHash())) {
            violations.add(new Violation("currentPassword", "accounts.error.wrongPassword"));
        }
        violations.addAll(PasswordPolicy.check("newPassword", newPassword, person.email()));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        person.changePassword(passwords.encode(newPassword));
        people.save(person);
        sessions.end(person.email(), true);
        if (revokeTokens) {
            apiTokens.revokeAll(person.id());
        }
        events.publishEvent(new PasswordChanged(person.id(), AccountLinks.FORGOT_PASSWORD, currentActor.get()));
    }

    public void rename(UUID personId, String displayName) {
        Person person = people.findById(personId).orElseThrow(() -> new NotFoundException("person"));
        person.rename(displayName.strip());
        people.save(person);
    }

    /** An administrator invites someone by email, with the roles they will hold. */
    public UUID invite(String email, String displayName, Set<Role> roles, String language) {
        String normalized = Emails.normalize(email);
        if (!EmailAddress.isValid(normalized)) {
            throw new InvalidInputException("email", "validation.email");
        }
        if (people.existsByEmail(normalized)) {
            throw new org.ansoplatform.platform.ConflictException("email", "accounts.error.emailTaken");
        }
        Person person = Person.invited(normalized, displayName.strip(), supportedLanguage(language), clock.instant());
        roles.forEach(person::grant);
        saveNew(person);
        Actor actor = currentActor.get();
        events.publishEvent(new PersonInvited(person.id(), AccountLinks.invitation(
                links.issue(person.id(), LinkTokenStore.Purpose.INVITATION, INVITATION_VALIDITY)), actor));
        roles.forEach(role -> events.publishEvent(new RoleGranted(person.id(), role, actor)));
        return person.id();
    }

    /** The invited person sets a password; following the link also verifies the email. */
    public void acceptInvitation(String token, String password) {
        LinkTokenStore.Spent found = links.check(token, LinkTokenStore.Purpose.INVITATION);
        if (found.failure() != null) {
            throw linkFailure(found.failure());
        }
        Person person = people.findById(found.personId()).orElseThrow();
        requireGoodPassword(password, person.email());
        spend(token, LinkTokenStore.Purpose.INVITATION);
        person.changePassword(passwords.encode(password));
        person.verifyEmail(clock.instant());
        people.save(person);
        events.publishEvent(new EmailVerified(person.id(), actorFor(person)));
    }

    public void grant(UUID personId, Role role) {
        Person person = people.findById(personId).orElseThrow(() -> new NotFoundException("person"));
        if (person.grant(role)) {
            people.save(person);
            events.publishEvent(new RoleGranted(personId, role, currentActor.get()));
        }
    }

    public void revoke(UUID personId, Role role) {
        Person person = people.findById(personId).orElseThrow(() -> new NotFoundException("person"));
        if (role == Role.ADMIN && personId.equals(currentActor.personId())) {
            throw new InvalidInputException("role", "accounts.error.ownAdmin");
        }
        if (person.revoke(role)) {
            people.save(person);
            events.publishEvent(new RoleRevoked(personId, role, currentActor.get()));
        }
    }

    public record NewApiToken(UUID id, String secret) {
    }

    /** A read-and-write token without expiry, as every token was before scopes: for fixtures and benchmarks. */
    public NewApiToken createApiToken(UUID personId, String name) {
        return createApiToken(personId, name, ApiTokenScope.READ_WRITE, null);
    }

    /**
     * A new token with a scope and, if {@code expiresOn} is given, working until the end of that day (UTC); a
     * scope is required, so that nobody gets more than they chose.
     */
    public NewApiToken createApiToken(UUID personId, String name, ApiTokenScope scope, LocalDate expiresOn) {
        List<Violation> violations = new ArrayList<>();
        if (scope == null) {
            violations.add(new Violation("scope", "accounts.tokens.scopeRequired"));
        }
        if (expiresOn != null && !expiresOn.isAfter(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))) {
            violations.add(new Violation("expiresOn", "accounts.tokens.expiryPast"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Instant expiresAt = expiresOn == null ? null : expiresOn.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        ApiTokenStore.Created created = apiTokens.create(personId, name.strip(), scope, expiresAt);
        events.publishEvent(new ApiTokenCreated(personId, created.id(), name.strip(), currentActor.get()));
        return new NewApiToken(created.id(), created.secret());
    }

    public void revokeApiToken(UUID personId, UUID tokenId) {
        if (!apiTokens.revoke(personId, tokenId)) {
            throw new NotFoundException("api token");
        }
        events.publishEvent(new ApiTokenRevoked(personId, tokenId, currentActor.get()));
    }

    /**
     * Creates an active account with a known password and its roles: the configured first administrator, demo
     * accounts, and other modules' test fixtures (which then need no emailed verification link).
     */
    public UUID createActive(String email, String displayName, String password, Set<Role> roles) {
        Person person = Person.registered(Emails.normalize(email), displayName, passwords.encode(password),
                languages.fallback().getLanguage(), clock.instant());
        person.verifyEmail(clock.instant());
        roles.forEach(person::grant);
        saveNew(person);
        Actor actor = Actor.system(clock.instant());
        events.publishEvent(new PersonRegistered(person.id(), actor));
        roles.forEach(role -> events.publishEvent(new RoleGranted(person.id(), role, actor)));
        return person.id();
    }

    @EventListener
    void on(LanguageChosen chosen) {
        people.findById(chosen.personId()).ifPresent(person -> {
            if (!person.language().equals(chosen.languageTag())) {
                person.chooseLanguage(supportedLanguage(chosen.languageTag()));
                people.save(person);
            }
        });
    }

    private void saveNew(Person person) {
        try {
            people.save(person);
        } catch (DuplicateKeyException e) {
            // two registrations of one address at the same moment: the index decides, the loser is told
            throw new org.ansoplatform.platform.ConflictException("email", "accounts.error.emailTaken");
        }
    }

    private void requireGoodPassword(String password, String email) {
        List<Violation> violations = PasswordPolicy.check("password", password, email);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private LinkTokenStore.Spent spend(String token, LinkTokenStore.Purpose purpose) {
        LinkTokenStore.Spent spent = links.spend(token, purpose);
        if (spent.failure() != null) {
            throw linkFailure(spent.failure());
        }
        return spent;
    }

    private static InvalidInputException linkFailure(LinkTokenStore.Failure failure) {
        return new InvalidInputException(null, switch (failure) {
            case USED -> "accounts.link.used";
            case EXPIRED -> "accounts.link.expired";
            case UNKNOWN -> "accounts.link.unknown";
        });
    }

    private Actor actorFor(Person person) {
        Actor current = currentActor.get();
        return new Actor(person.id(), person.email(), current.address(), current.at());
    }

    /** A person's language is one the site speaks: the closest configured one, else the first configured. */
    private String supportedLanguage(String tag) {
        return languages.closest(tag);
    }
}
