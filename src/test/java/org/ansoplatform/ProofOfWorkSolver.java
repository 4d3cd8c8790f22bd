package org.ansoplatform;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.altcha.altcha.Altcha;
import org.ansoplatform.platform.ProofOfWork;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;

/** Solves the platform's proof-of-work challenges as the browser widget does, for tests posting anonymous forms. */
public final class ProofOfWorkSolver {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProofOfWorkSolver() {
    }

    /** A fresh solution, as the widget puts it in the field {@code altcha}. */
    public static String solution(ProofOfWork proofOfWork) {
        return solve(proofOfWork.challenge());
    }

    public static String solve(Altcha.Challenge challenge) {
        try {
            Altcha.Solution solution = Altcha.solveChallenge(challenge.challenge, challenge.salt, Altcha.Algorithm.SHA256,
                    challenge.maxnumber, 0);
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("algorithm", challenge.algorithm);
            payload.put("challenge", challenge.challenge);
            payload.put("number", solution.number);
            payload.put("salt", challenge.salt);
            payload.put("signature", challenge.signature);
            return Base64.getEncoder().encodeToString(JSON.writeValueAsString(payload).getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A MockMvc form post with a fresh solution. */
    public static RequestPostProcessor solved(ProofOfWork proofOfWork) {
        String solution = solution(proofOfWork);
        return request -> {
            request.addParameter(ProofOfWork.FIELD, solution);
            return request;
        };
    }
}
