package org.ansoplatform.finance.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ansoplatform.finance.PlanStatus;
import org.ansoplatform.finance.plans.BudgetPlanManagement;
import org.ansoplatform.finance.plans.BudgetPlanQueries;
import org.ansoplatform.finance.plans.BudgetPlanView;
import org.ansoplatform.platform.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Budget plans as JSON for finance staff, the Secretariat and the Board (reading) and finance staff (writing).
 * There is no approving endpoint: a plan is approved by recording a Board decision about it in governance.
 */
@RestController
@Tag(name = "Finance: budget plans", description = "Budget plans per year and programme in the base currency")
public class PlanApi {

    static final String PATH = "/api/v1/finance/plans";

    /** A plan with its lines ({programme code: amount}) and total. */
    public record Plan(UUID id, int year, String currency, PlanStatus status, UUID revises, String note, UUID decisionId,
            LocalDate decidedOn, boolean illustrative, int version, Map<String, BigDecimal> lines, BigDecimal total) {

        static Plan of(BudgetPlanView p) {
            Map<String, BigDecimal> lines = new java.util.LinkedHashMap<>();
            p.lines().forEach(l -> lines.put(l.programmeCode(), l.amount()));
            return new Plan(p.id(), p.year(), p.currency(), p.status(), p.revises(), p.note(), p.decisionId(), p.decidedOn(),
                    p.illustrative(), p.version(), lines, p.total());
        }
    }

    public record DraftRequest(Integer year, Map<String, BigDecimal> lines, String note, Boolean illustrative) {
    }

    public record UpdateRequest(Map<String, BigDecimal> lines, String note, Integer version) {
    }

    private final BudgetPlanManagement management;
    private final BudgetPlanQueries queries;

    PlanApi(BudgetPlanManagement management, BudgetPlanQueries queries) {
        this.management = management;
        this.queries = queries;
    }

    @GetMapping(PATH)
    @Operation(operationId = "listBudgetPlans", summary = "Every budget plan, latest year first")
    List<Plan> all() {
        return queries.all().stream().map(Plan::of).toList();
    }

    @GetMapping(PATH + "/{id}")
    @Operation(operationId = "getBudgetPlan", summary = "One budget plan with its lines by programme code")
    Plan one(@PathVariable UUID id) {
        return Plan.of(existing(id));
    }

    @PostMapping(PATH)
    @ApiResponse(responseCode = "201", description = "Created; the Location header names the new record")
    @Operation(operationId = "draftBudgetPlan", summary = "Drafts a plan of a year: {\"year\": 2022, \"lines\": {\"scholarship\": 1000000}, \"note\": \"...\"}",
            description = "Lines name programmes (not areas) with non-negative amounts in the base currency; a year has one open plan at most.")
    ResponseEntity<Plan> draft(@RequestBody DraftRequest request) {
        UUID id = management.draft(request.year(), request.lines(), request.note(), Boolean.TRUE.equals(request.illustrative()));
        return ResponseEntity.created(URI.create(PATH + "/" + id)).body(Plan.of(existing(id)));
    }

    @PutMapping(PATH + "/{id}")
    @Operation(operationId = "updateBudgetPlan", summary = "Replaces a DRAFT plan's lines and note, naming the version read (a stale one is refused)")
    Plan update(@PathVariable UUID id, @RequestBody UpdateRequest request) {
        existing(id);
        management.update(id, request.lines(), request.note(), request.version());
        return Plan.of(existing(id));
    }

    @PostMapping(PATH + "/{id}/propose")
    @Operation(operationId = "proposeBudgetPlan", summary = "Puts a DRAFT plan with at least one line before the Board (PROPOSED)")
    Plan propose(@PathVariable UUID id) {
        management.propose(existing(id).id());
        return Plan.of(existing(id));
    }

    @PostMapping(PATH + "/{id}/withdraw")
    @Operation(operationId = "withdrawBudgetPlan", summary = "Takes a PROPOSED plan back to DRAFT")
    Plan withdraw(@PathVariable UUID id) {
        management.withdraw(existing(id).id());
        return Plan.of(existing(id));
    }

    @PostMapping(PATH + "/{id}/revise")
    @ApiResponse(responseCode = "201", description = "Created; the Location header names the new record")
    @Operation(operationId = "reviseBudgetPlan", summary = "Starts a revision of an APPROVED plan: a new DRAFT of the year with its lines")
    ResponseEntity<Plan> revise(@PathVariable UUID id) {
        UUID revision = management.revise(existing(id).id());
        return ResponseEntity.created(URI.create(PATH + "/" + revision)).body(Plan.of(existing(revision)));
    }

    private BudgetPlanView existing(UUID id) {
        return queries.plan(id).orElseThrow(() -> new NotFoundException("budget plan"));
    }
}
