package org.ansoplatform.platform;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import org.altcha.altcha.Altcha;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * A proof of work asked of anonymous forms that send mail or create something (decision 67): the browser finds,
 * by brute force, the number whose SHA-256 with the challenge's salt is the challenge (ALTCHA's format), which
 * costs a visitor a moment and a bot sending thousands of requests as many moments. Challenges are signed with a
 * key in the data directory (so any node verifies them), expire, and are accepted once. Signed-in people, already
 * known and limited, are not asked.
 */
@Component
public class ProofOfWork {

    /** The form field (and JSON property) that carries the solution, as the widget names it. */
    public static final String FIELD = "altcha";
    private static final Duration LIFETIME = Duration.ofMinutes(20);

    private final boolean enabled;
    private final long maxNumber;
    private final String hmacKey;
    private final ProofOfWorkStore used;
    private final Clock clock;
    private final JsonMapper json;

    ProofOfWork(@Value("${anso.proof-of-work.enabled:true}") boolean enabled,
            @Value("${anso.proof-of-work.max-number:100000}") long maxNumber, DataDirectory directory,
            ProofOfWorkStore used, Clock clock, JsonMapper json) {
        this.enabled = enabled;
        this.maxNumber = maxNumber;
        this.hmacKey = HexFormat.of().formatHex(directory.secretKey("proof-of-work.key", 32));
        this.used = used;
        this.clock = clock;
        this.json = json;
    }

    /** A challenge as the widget reads it: algorithm, challenge, maxnumber, salt and signature. */
    public Altcha.Challenge challenge() {
        try {
            return Altcha.createChallenge(new Altcha.ChallengeOptions().setAlgorithm(Altcha.Algorithm.SHA256)
                    .setMaxNumber(maxNumber).setHmacKey(hmacKey)
                    .setExpires(Instant.now().plus(LIFETIME).getEpochSecond()));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create a proof-of-work challenge", e);
        }
    }

    public boolean enabled() {
        return enabled;
    }

    /**
     * Accepts the solution once, or refuses the request on the solution's field: missing, not a solution of a
     * challenge of ours, expired, or already used. Nothing is asked of signed-in people or when switched off.
     */
    @Transactional
    public void check(String solution) {
        if (!enabled || signedIn()) {
            return;
        }
        if (solution == null || solution.isBlank()) {
            throw new InvalidInputException(FIELD, "platform.proofOfWork.missing");
        }
        if (solution.length() > 2000 || !verified(solution)) {
            throw new InvalidInputException(FIELD, "platform.proofOfWork.invalid");
        }
        Instant now = clock.instant();
        if (!used.markUsed(signature(solution), now, now.plus(LIFETIME))) {
            throw new InvalidInputException(FIELD, "platform.proofOfWork.used");
        }
    }

    private boolean verified(String solution) {
        try {
            return Altcha.verifySolution(solution, hmacKey, true);
        } catch (Exception malformed) {
            return false;
        }
    }

    /** The challenge's signature identifies it however the solution's JSON is spelled. */
    private String signature(String solution) {
        String text = new String(Base64.getDecoder().decode(solution.strip()), StandardCharsets.UTF_8);
        return json.readTree(text).path("signature").asString();
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
