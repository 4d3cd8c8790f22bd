package org.ansoplatform.calls.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ansoplatform.calls.ApplicationView;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.offers.OfferManagement;
import org.ansoplatform.calls.OfferView;
import org.ansoplatform.calls.OfferStatus;
import org.ansoplatform.calls.SelectionSettings;
import org.ansoplatform.calls.SelectionView;
import org.ansoplatform.calls.selection.Decision;
import org.ansoplatform.calls.selection.SelectionQueries;
import org.ansoplatform.calls.selection.SelectionRunner;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.SignedInPerson;
import org.ansoplatform.shared.Money;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Selection and offers as JSON: running the selection and reading the ranked list are the Secretariat's;
 * an application's outcome is its applicant's and the Secretariat's, answering an offer its applicant's only
 * (404 for anyone else). Refusals are RFC 9457 problems.
 */
@RestController
@Tag(name = "Selection", description = "Ranking and selection after review, placement at hosts, offers")
public class SelectionApi {

    /** A decision with its explanation in the reader's language beside the message key and arguments. */
    public record RankedDecision(UUID applicationId, String reference, String track, int rank, int trackSize, Decision.Outcome outcome,
            int waitlistPosition, double score, double rawMean, String country, UUID organizationId, String messageKey,
            List<Object> args, String explanation, String hostCode, String placementKey,
            @io.swagger.v3.oas.annotations.media.Schema(nullable = true) List<Object> placementArgs,
            String placement, OfferStatus offerStatus, List<SelectionView.TieView> ties, Money requested, Money granted) {
    }

    /** @param envelope under a budget envelope: the amount, what was granted, what remains; null without one */
    public record Ranked(UUID runId, UUID callId, Instant runAt, String runBy, int candidates, Instant offersSentAt,
            SelectionSettings rules, List<RankedDecision> decisions, List<SelectionView.TieView> ties, SelectionView.Envelope envelope) {
    }

    public record Declination(String reason) {
    }

    private final CallQueries calls;
    private final SelectionRunner runner;
    private final SelectionQueries selections;
    private final OfferManagement offers;
    private final SelectionTexts texts;
    private final ApplicantOutcomes outcomes;
    private final ApplicationIntake applications;

    SelectionApi(CallQueries calls, SelectionRunner runner, SelectionQueries selections, OfferManagement offers, SelectionTexts texts,
            ApplicantOutcomes outcomes, ApplicationIntake applications) {
        this.outcomes = outcomes;
        this.applications = applications;
        this.calls = calls;
        this.runner = runner;
        this.selections = selections;
        this.offers = offers;
        this.texts = texts;
    }

    @PostMapping("/api/v1/calls/{id}/selection")
    @Operation(operationId = "runSelection", summary = "Run the selection and placement of a call whose review panel is closed (Secretariat)")
    SelectionRunner.RunSummary run(@PathVariable UUID id) {
        return runner.run(id);
    }

    @GetMapping("/api/v1/calls/{id}/selection")
    @Operation(operationId = "getSelection", summary = "The latest ranked list of a call with decisions, explanations, placement and ties (Secretariat)")
    Ranked ranked(@PathVariable UUID id, Locale locale) {
        CallView call = calls.any(id);
        SelectionView run = selections.latest(call.id()).orElseThrow(() -> new NotFoundException("selection of " + call.id()));
        List<RankedDecision> decisions = run.decisions().stream().map(d -> new RankedDecision(d.applicationId(), d.reference(),
                d.track(), d.rank(), d.trackSize(), d.outcome(), d.waitlistPosition(), d.score(), d.rawMean(), d.country(),
                d.organizationId(), d.messageKey(), d.args(), texts.decision(d, call, locale), d.hostCode(), d.placementKey(),
                d.placementArgs(), texts.placement(d, call, locale), d.offerStatus(), d.ties(), d.requested(), d.granted())).toList();
        return new Ranked(run.runId(), run.callId(), run.runAt(), run.runByName(), run.candidates(), run.offersSentAt(), run.rules(),
                decisions, run.ties(), run.envelope().orElse(null));
    }

    @GetMapping("/api/v1/applications/{id}/outcome")
    @Operation(operationId = "getApplicationOutcome", summary = "The selection's outcome as the applicant reads it on the application's page: PENDING until the offers "
            + "went out, then OFFERED, OFFERED_FROM_WAITLIST, WAITLISTED (with the position now), NOT_SELECTED or WITHDRAWN (the application's owner "
            + "or the Secretariat)")
    ApplicantOutcomes.Outcome outcome(@PathVariable UUID id, @AuthenticationPrincipal SignedInPerson me, Locale locale) {
        ApplicationView application = applications.view(id, me);
        return outcomes.of(application, calls.any(application.callId()), locale);
    }

    @PostMapping("/api/v1/offers/{id}/acceptance")
    @Operation(operationId = "acceptOffer", summary = "Accept an offer before its deadline (the offer's applicant only)")
    OfferView accept(@PathVariable UUID id, @AuthenticationPrincipal SignedInPerson me) {
        return offers.accept(id, me);
    }

    @PostMapping("/api/v1/offers/{id}/declination")
    @Operation(operationId = "declineOffer", summary = "Decline an offer before its deadline, with an optional reason (the offer's applicant only)")
    OfferView decline(@PathVariable UUID id, @RequestBody(required = false) Declination body,
            @AuthenticationPrincipal SignedInPerson me) {
        return offers.decline(id, body == null ? null : body.reason(), me);
    }
}
