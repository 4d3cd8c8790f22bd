package org.ansoplatform.datasets.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.ansoplatform.datasets.UsageVisit;
import org.ansoplatform.platform.CurrentActor;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * One request as COUNTER counts it: the signed-in account or the servlet session, hashed before it leaves the web
 * layer (usage hashes it again with its own key), the user agent for the robots list, the address for visitors
 * without a session.
 */
@Component
class UsageVisits {

    private final CurrentActor currentActor;
    private final Clock clock;

    UsageVisits(CurrentActor currentActor, Clock clock) {
        this.currentActor = currentActor;
        this.clock = clock;
    }

    UsageVisit of(HttpServletRequest request) {
        UUID person = currentActor.personId();
        String session = person != null ? person.toString()
                : request.getSession(false) != null ? request.getSession(false).getId() : null;
        return new UsageVisit(session == null ? null : sha256(session), request.getHeader(HttpHeaders.USER_AGENT),
                request.getRemoteAddr(), clock.instant());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
