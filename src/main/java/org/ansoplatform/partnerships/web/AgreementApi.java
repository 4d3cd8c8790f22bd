package org.ansoplatform.partnerships.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.ansoplatform.partnerships.AgreementKind;
import org.ansoplatform.partnerships.AgreementStatus;
import org.ansoplatform.partnerships.agreements.AgreementCommand;
import org.ansoplatform.partnerships.agreements.AgreementFilter;
import org.ansoplatform.partnerships.agreements.AgreementManagement;
import org.ansoplatform.partnerships.agreements.AgreementQueries;
import org.ansoplatform.partnerships.agreements.AgreementView;
import org.ansoplatform.partnerships.agreements.AgreementVisibility;
import org.ansoplatform.partnerships.agreements.CommitmentView;
import org.ansoplatform.partnerships.agreements.PartnerDirectory;
import org.ansoplatform.partnerships.agreements.StepView;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.shared.PageRequest;
import org.ansoplatform.shared.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Agreements in JSON: the register and an agreement with its history and commitments for the Secretariat and the Board,
 * a new agreement from the Secretariat, and the public partners with what is public of their agreements.
 */
@RestController
@Tag(name = "Partnerships", description = "Partnership agreements (Secretariat and Board) and the public list of partners")
class AgreementApi {

    /** An agreement with its steps and commitments. */
    record Detail(AgreementView agreement, List<StepView> history, List<CommitmentView> commitments) {
    }

    /** What the public sees of an agreement: never its scope, documents, commitments or people. */
    record PublicAgreement(UUID id, AgreementKind kind, String title, AgreementStatus status, LocalDate signedOn, boolean undated) {
    }

    record PublicPartner(UUID organizationId, String name, String country, List<PublicAgreement> agreements) {
    }

    private final AgreementQueries queries;
    private final AgreementManagement management;
    private final PartnerDirectory directory;
    private final CurrentActor currentActor;
    private final Clock clock;

    AgreementApi(AgreementQueries queries, AgreementManagement management, PartnerDirectory directory,
            CurrentActor currentActor, Clock clock) {
        this.queries = queries;
        this.management = management;
        this.directory = directory;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @Operation(operationId = "listAgreements")
    @GetMapping(PartnershipsWeb.API)
    PageResult<AgreementView> agreements(@RequestParam(required = false) AgreementKind kind,
            @RequestParam(required = false) AgreementStatus status, @RequestParam(required = false) Integer expiring,
            @RequestParam(required = false) String country, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.search(new AgreementFilter(null, kind, status, expiring, country, null, LocalDate.now(clock)),
                PageRequest.of(page, size));
    }

    @Operation(operationId = "getAgreement")
    @GetMapping(PartnershipsWeb.API + "/{id}")
    Detail agreement(@PathVariable UUID id) {
        AgreementView agreement = queries.byId(id).orElseThrow(() -> new NotFoundException("agreement"));
        return new Detail(agreement, queries.history(id), queries.commitments(id));
    }

    @ApiResponse(responseCode = "201", description = "Created; the Location header names the new record")
    @Operation(operationId = "proposeAgreement")
    @PostMapping(PartnershipsWeb.API)
    ResponseEntity<AgreementView> propose(@RequestBody AgreementCommand command) {
        AgreementCommand own = new AgreementCommand(command.kind(), command.title(), command.scope(), command.allianceRole(),
                command.parties(), command.sdgs(), command.effectiveOn(), command.expiresOn(), command.noticeDays(),
                command.confidential(), command.ownerId() != null ? command.ownerId() : currentActor.personId(), false);
        UUID id = management.propose(own);
        return ResponseEntity.status(HttpStatus.CREATED).body(queries.byId(id).orElseThrow());
    }

    @Operation(operationId = "listPartners")
    @GetMapping(PartnershipsWeb.PUBLIC_API)
    List<PublicPartner> partners(@RequestParam(required = false) AgreementKind kind, @RequestParam(required = false) String country,
            java.util.Locale locale) {
        return directory.partners(kind, country).stream().map(p -> new PublicPartner(p.organizationId(), p.name(), p.country(),
                p.agreements().stream().filter(AgreementVisibility::isPublic).map(a -> new PublicAgreement(a.id(), a.kind(),
                        a.title(locale), a.status(), a.signedOn(), a.undated())).toList())).toList();
    }
}
