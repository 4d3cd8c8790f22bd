package org.ansoplatform;

import java.util.Set;
import java.util.UUID;

import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.platform.SignedInPerson;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A registered person acting in a test, with the roles the test gives; usable for services and MockMvc alike. */
public record Someone(UUID id, String email, String displayName, Set<String> roles) implements SignedInPerson {

    public static Someone register(AccountManagement accounts, String name, String... roles) {
        String local = name.toLowerCase().replaceAll("[^a-z]+", ".").replaceAll("^\\.|\\.$", "");
        // a name in a script without Latin letters gets an address all the same
        String email = (local.isEmpty() ? "person" : local) + "." + System.nanoTime() + "@example.org";
        UUID id = accounts.register(email, name, "a long enough passphrase", "en");
        return new Someone(id, email, name, Set.of(roles));
    }

    @Override
    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Signs this person in for one MockMvc request. */
    public RequestPostProcessor signedIn() {
        var authorities = roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
        return SecurityMockMvcRequestPostProcessors.authentication(
                UsernamePasswordAuthenticationToken.authenticated(this, null, authorities));
    }
}
