package org.ansoplatform.accounts;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A person with an account. The email is the sign-in name, stored lower-cased. */
@Table(schema = "accounts", name = "person")
class Person {

    @Id
    private final UUID id;
    private String email;
    private String displayName;
    private String passwordHash;
    private PersonStatus status;
    private String language;
    private final Instant createdAt;
    private Instant emailVerifiedAt;
    @Version
    private Long version;
    @MappedCollection(idColumn = "person_id")
    private Set<PersonRole> roles = new HashSet<>();

    @PersistenceCreator
    Person(UUID id, String email, String displayName, String passwordHash, PersonStatus status, String language,
            Instant createdAt, Instant emailVerifiedAt, Long version) {
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.status = status;
        this.language = language;
        this.createdAt = createdAt;
        this.emailVerifiedAt = emailVerifiedAt;
        this.version = version;
    }

    static Person registered(String email, String displayName, String passwordHash, String language, Instant now) {
        return new Person(UUID.randomUUID(), email, displayName, passwordHash, PersonStatus.PENDING_VERIFICATION,
                language, now, null, null);
    }

    static Person invited(String email, String displayName, String language, Instant now) {
        return new Person(UUID.randomUUID(), email, displayName, null, PersonStatus.INVITED, language, now, null, null);
    }

    void verifyEmail(Instant now) {
        if (status == PersonStatus.PENDING_VERIFICATION || status == PersonStatus.INVITED) {
            status = PersonStatus.ACTIVE;
        }
        emailVerifiedAt = now;
    }

    void changePassword(String hash) {
        passwordHash = hash;
    }

    void rename(String name) {
        displayName = name;
    }

    void chooseLanguage(String tag) {
        language = tag;
    }

    boolean grant(Role role) {
        return roles.add(new PersonRole(role));
    }

    boolean revoke(Role role) {
        return roles.remove(new PersonRole(role));
    }

    Set<Role> roles() {
        return roles.stream().map(PersonRole::role).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    UUID id() { return id; }
    String email() { return email; }
    String displayName() { return displayName; }
    String passwordHash() { return passwordHash; }
    PersonStatus status() { return status; }
    String language() { return language; }
    Instant createdAt() { return createdAt; }
    Instant emailVerifiedAt() { return emailVerifiedAt; }
}
