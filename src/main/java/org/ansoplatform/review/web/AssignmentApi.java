package org.ansoplatform.review.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.review.ReviewScope;
import org.ansoplatform.review.panels.AssignmentQueries;
import org.ansoplatform.review.panels.AssignmentQueries.PairView;
import org.ansoplatform.review.panels.AssignmentRunner;
import org.ansoplatform.review.panels.PanelQueries;
import org.ansoplatform.review.panels.RunSummary;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The reviewer assignment of a call's panel, for the Secretariat's tools: run it, read it. */
@RestController
@PreAuthorize("hasRole('SECRETARIAT')")
@Tag(name = "Review assignment", description = "The optimal assignment of reviewers to a call's applications (Secretariat)")
public class AssignmentApi {

    /** The scope type calls offer their panels under (the review module never imports calls). */
    static final String CALL = "call";

    private final PanelQueries panels;
    private final AssignmentRunner runner;
    private final AssignmentQueries assignments;
    private final MessageSource messages;

    AssignmentApi(PanelQueries panels, AssignmentRunner runner, AssignmentQueries assignments, MessageSource messages) {
        this.panels = panels;
        this.runner = runner;
        this.assignments = assignments;
        this.messages = messages;
    }

    public record AssignmentView(RunSummary run, List<PairView> pairs) {
    }

    @ApiResponse(responseCode = "200", description = "The assignment run and stored", content = @Content(schema = @Schema(implementation = RunSummary.class)))
    @ApiResponse(responseCode = "422", description = "No assignment satisfies the panel's constraints: the reasons in explanations")
    @Operation(operationId = "runReviewerAssignment", summary = "Run the optimal reviewer assignment of the call's panel and store it (422 with explanations when infeasible)")
    @PostMapping("/api/v1/calls/{id}/assignment")
    ResponseEntity<Object> run(@PathVariable UUID id, Locale locale) {
        UUID panelId = panel(id);
        RunSummary run = runner.run(panelId);
        if (!run.feasible()) {
            return ResponseEntity.unprocessableContent().body(problem(run, messages, locale));
        }
        return ResponseEntity.ok(run);
    }

    @Operation(operationId = "getReviewerAssignment", summary = "The call panel's stored assignment: the last run's summary and every subject-reviewer pair")
    @GetMapping("/api/v1/calls/{id}/assignment")
    AssignmentView get(@PathVariable UUID id) {
        UUID panelId = panel(id);
        return new AssignmentView(assignments.latest(panelId).orElse(null), assignments.pairs(panelId));
    }

    static ProblemDetail problem(RunSummary run, MessageSource messages, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage("review.assignment.infeasibleTitle", null, locale));
        problem.setProperty("explanations", run.explanations().stream().map(e -> Map.of("key", e.messageKey(),
                "message", messages.getMessage(e.messageKey(), e.args().toArray(), e.messageKey(), locale))).toList());
        return problem;
    }

    private UUID panel(UUID callId) {
        return panels.forScope(new ReviewScope(CALL, callId)).orElseThrow(() -> new NotFoundException("panel of call " + callId)).id();
    }
}
