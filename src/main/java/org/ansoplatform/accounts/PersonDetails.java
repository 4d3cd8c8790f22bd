package org.ansoplatform.accounts;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.platform.SignedInPerson;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person as Spring Security and the session see them. */
final class PersonDetails implements UserDetails, CredentialsContainer, SignedInPerson, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID id;
    private final String email;
    private final String displayName;
    private String passwordHash;
    private final PersonStatus status;
    private final EnumSet<Role> roles;

    /** A person read for one API call: no password hash. */
    PersonDetails(UUID id, String email, String displayName, PersonStatus status, Set<Role> roles) {
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = null;
        this.status = status;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    PersonDetails(Person person) {
        this.id = person.id();
        this.email = person.email();
        this.displayName = person.displayName();
        this.passwordHash = person.passwordHash();
        this.status = person.status();
        this.roles = EnumSet.noneOf(Role.class);
        this.roles.addAll(person.roles());
    }

    @Override
    public UUID id() {
        return id;
    }

    @Override
    public String email() {
        return email;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public boolean hasRole(String role) {
        return roles.stream().anyMatch(r -> r.name().equals(role));
    }

    Set<Role> roles() {
        return roles;
    }

    boolean sameAs(PersonDetails other) {
        return other.displayName.equals(displayName) && other.roles.equals(roles) && other.status == status;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return status == PersonStatus.ACTIVE;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
