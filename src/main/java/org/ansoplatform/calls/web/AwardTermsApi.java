package org.ansoplatform.calls.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ansoplatform.calls.AwardTerms;
import org.ansoplatform.calls.offers.AwardTermsManagement;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The terms of a call's awards as JSON, the Secretariat's; a refusal is an RFC 9457 problem naming each row's field. */
@RestController
@Tag(name = "Selection", description = "Ranking and selection after review, placement at hosts, offers")
public class AwardTermsApi {

    private final AwardTermsManagement terms;

    AwardTermsApi(AwardTermsManagement terms) {
        this.terms = terms;
    }

    @GetMapping("/api/v1/secretariat/calls/{id}/award-terms")
    @Operation(operationId = "getAwardTerms", summary = "What each track's award gives (stipend, start, what it covers), as offer letters print it (Secretariat)")
    List<AwardTerms> get(@PathVariable UUID id) {
        return terms.of(id);
    }

    @PutMapping("/api/v1/secretariat/calls/{id}/award-terms")
    @Operation(operationId = "updateAwardTerms", summary = "Replace the terms of every track's award of a call at once (Secretariat)")
    List<AwardTerms> put(@PathVariable UUID id, @RequestBody List<AwardTerms> body) {
        terms.save(id, body == null ? List.of() : body);
        return terms.of(id);
    }
}
