package org.ansoplatform.platform;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.Reader;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Captures who is acting and from which address, in the request thread, for events and the audit trail. */
@Component
public class CurrentActor {

    private final Clock clock;

    CurrentActor(Clock clock) {
        this.clock = clock;
    }

    public Actor get() {
        String address = null;
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            address = attributes.getRequest().getRemoteAddr();
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInPerson person) {
            return new Actor(person.id(), person.email(), address, clock.instant());
        }
        return new Actor(null, address == null ? "system" : "anonymous", address, clock.instant());
    }

    /** The signed-in person's id, or null. */
    public UUID personId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInPerson person ? person.id() : null;
    }

    /** Who reads, for modules' access rules on records they describe, figure or index. */
    public Reader reader() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInPerson person) {
            Set<String> roles = authentication.getAuthorities().stream()
                    .map(authority -> authority.getAuthority())
                    .filter(name -> name.startsWith("ROLE_"))
                    .map(name -> name.substring("ROLE_".length()))
                    .collect(Collectors.toSet());
            return Reader.person(person.id(), roles);
        }
        return Reader.anonymous();
    }
}
