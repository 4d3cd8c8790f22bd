package org.ansoplatform.platform.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.altcha.altcha.Altcha;
import org.ansoplatform.platform.ProofOfWork;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Hands out proof-of-work challenges (decision 67) to the widget on anonymous forms and to API clients that
 * register anonymously; never cached, since each is accepted once.
 */
@RestController
@Tag(name = "Proof of work", description = "The challenge an anonymous caller solves before a public form is accepted")
class ProofOfWorkApi {

    private final ProofOfWork proofOfWork;

    ProofOfWorkApi(ProofOfWork proofOfWork) {
        this.proofOfWork = proofOfWork;
    }

    @GetMapping("/api/v1/proof-of-work/challenge")
    @Operation(operationId = "getProofOfWorkChallenge", summary = "A challenge for an anonymous request: find the number n (0 to maxnumber) whose SHA-256 of "
            + "salt followed by n, in hexadecimal, is the challenge; send {algorithm, challenge, number, salt, signature} "
            + "as JSON in base 64, in the field altcha. Valid for 20 minutes, accepted once.")
    ResponseEntity<Altcha.Challenge> challenge() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(proofOfWork.challenge());
    }
}
