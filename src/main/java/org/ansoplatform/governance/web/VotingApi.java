package org.ansoplatform.governance.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ansoplatform.governance.Body;
import org.ansoplatform.governance.Choice;
import org.ansoplatform.governance.DelegateQueries;
import org.ansoplatform.governance.ElectionCommand;
import org.ansoplatform.governance.ElectionManagement;
import org.ansoplatform.governance.ElectionView;
import org.ansoplatform.governance.MotionCommand;
import org.ansoplatform.governance.MotionManagement;
import org.ansoplatform.governance.MotionView;
import org.ansoplatform.governance.ParticipationView;
import org.ansoplatform.governance.PollState;
import org.ansoplatform.governance.ProxyManagement;
import org.ansoplatform.governance.QuorumBasis;
import org.ansoplatform.governance.SubjectType;
import org.ansoplatform.governance.VotingQueries;
import org.ansoplatform.governance.VotingRule;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Motions and elections with their polls and ballots, as JSON. */
@RestController
@Tag(name = "Governance", description = "Board and Assembly sessions, decisions, motions and ballots")
public class VotingApi {

    public record MotionRequest(UUID sessionId, Body body, String title, String text, VotingRule rule,
            QuorumBasis quorumBasis, Integer quorumPercent, boolean secret, Integer proxyLimit, Instant deadline,
            SubjectType subjectType, UUID subjectId) {
    }

    public record BallotRequest(Choice choice, UUID onBehalfOf) {
    }

    public record ProxyRequest(UUID holderOrganizationId) {
    }

    public record ElectionRequest(UUID sessionId, String title, Integer seats, Instant deadline, List<UUID> candidates) {
    }

    public record ElectionBallotRequest(List<UUID> candidates,
            @Schema(description = "true to abstain: a ballot for no candidate, counted in the turnout") Boolean abstain) {
    }

    /** One line of an open ballot's roll-call. */
    public record RollCallEntry(UUID organizationId, String organizationName, Choice choice) {
    }

    /** The outcome of a counted motion, in one word. */
    public enum Outcome {
        ADOPTED, NOT_ADOPTED, QUORUM_NOT_REACHED
    }

    /** A motion and, once counted, the explanation of its result. */
    @Schema(description = "A motion with the rule applied (rule: SIMPLE_MAJORITY, more yes than no; TWO_THIRDS, two "
            + "thirds of yes and no; abstentions count towards the quorum, not the majority), its quorum and ballot kind; once its results are published (at once for "
            + "the Secretariat after closing) the counts and their explanation: outcome, quorum with its base and the "
            + "ballots it needed, entitled, present, ballots cast, turnout, and for an open ballot the roll-call")
    public record MotionResult(UUID id, UUID sessionId, Body body, String title, String text, VotingRule rule,
            QuorumBasis quorumBasis, int quorumPercent, boolean secret, int proxyLimit, Instant deadline,
            SubjectType subjectType, UUID subjectId, PollState state,
            @Schema(description = "Organizations entitled to vote, fixed when the poll opened") Integer entitled,
            @Schema(description = "Members present at the session when the poll closed") Integer present,
            Integer yes, Integer no, Integer abstain, Boolean quorumReached, Boolean adopted,
            @Schema(description = "ADOPTED, NOT_ADOPTED, or QUORUM_NOT_REACHED (then not adopted whatever the ballots say); "
                    + "null before the results") Outcome outcome,
            @Schema(description = "Ballots cast: yes, no and abstentions; null before the results") Integer ballots,
            @Schema(description = "Ballots cast as a whole percentage of the organizations entitled; null before the results")
            Integer turnoutPercent,
            @Schema(description = "What the quorum is a share of (members present or entitled, as quorumBasis says)")
            int quorumBase,
            @Schema(description = "The fewest ballots that reach the quorum") int quorumNeeded,
            @Schema(nullable = true, description = "Open ballots only, once counted: each organization that voted and its choice; "
                    + "null for a secret ballot or before the results") List<RollCallEntry> rollCall) {
    }

    /** A proxy for a whole session: the organization to give the vote on its motions to. */
    public record SessionProxyRequest(UUID holderOrganizationId) {
    }

    /** What a delegate learns after voting: that the organization's vote was counted in, never the choice. */
    public record BallotReceipt(UUID motionId, UUID organizationId, boolean recorded) {
    }

    private final MotionManagement motions;
    private final ProxyManagement proxies;
    private final ElectionManagement elections;
    private final VotingQueries voting;
    private final DelegateQueries delegates;
    private final CurrentActor currentActor;

    VotingApi(MotionManagement motions, ProxyManagement proxies, ElectionManagement elections, VotingQueries voting,
            DelegateQueries delegates, CurrentActor currentActor) {
        this.motions = motions;
        this.proxies = proxies;
        this.elections = elections;
        this.voting = voting;
        this.delegates = delegates;
        this.currentActor = currentActor;
    }

    @PostMapping("/api/v1/secretariat/motions")
    @ApiResponse(responseCode = "201", description = "Created; the Location header names the new record")
    @Operation(operationId = "createMotion", summary = "Create a motion with its voting rule, quorum, ballot kind and proxy limit (Secretariat)")
    ResponseEntity<MotionResult> motion(@RequestBody MotionRequest request) {
        UUID id = motions.create(new MotionCommand(request.sessionId(), request.body(), request.title(), request.text(),
                request.rule(), request.quorumBasis(), request.quorumPercent(), request.secret(), request.proxyLimit(),
                request.deadline(), request.subjectType(), request.subjectId()));
        return ResponseEntity.created(URI.create("/api/v1/motions/" + id)).body(result(voting.motion(id)));
    }

    @PostMapping("/api/v1/secretariat/motions/{id}/{step:open|close|publish}")
    @Operation(operationId = "advanceMotion", summary = "Open the poll, close it and count (it never reopens), or publish the results (Secretariat)")
    MotionResult motionStep(@PathVariable UUID id, @PathVariable String step) {
        PollPages.run(motions, id, step);
        return result(voting.motion(id));
    }

    @GetMapping("/api/v1/secretariat/motions/{id}/participation")
    @Operation(operationId = "getMotionParticipation", summary = "Which organizations voted and who cast their ballots; choices only for open ballots (Secretariat)")
    List<ParticipationView> participation(@PathVariable UUID id) {
        voting.motion(id);
        return voting.participation(id);
    }

    @GetMapping("/api/v1/motions/{id}")
    @Operation(operationId = "getMotion", summary = "A motion; once the results are published, its counts and their explanation: outcome, quorum, "
            + "entitled, present, turnout, the rule applied and, for an open ballot, the roll-call")
    MotionResult motion(@PathVariable UUID id) {
        return result(voting.publishedMotion(id));
    }

    @PostMapping("/api/v1/motions/{id}/ballots")
    @ApiResponse(responseCode = "201", description = "The ballot is cast")
    @Operation(operationId = "castMotionBallot", summary = "Cast the vote of my organization, or of one that gave it its proxy (member representatives)")
    ResponseEntity<BallotReceipt> ballot(@PathVariable UUID id, @RequestBody BallotRequest request) {
        UUID organization = motions.cast(id, request.choice(), request.onBehalfOf());
        return ResponseEntity.status(201).body(new BallotReceipt(id, organization, true));
    }

    @PostMapping("/api/v1/motions/{id}/proxies")
    @ApiResponse(responseCode = "204", description = "Done; no body")
    @Operation(operationId = "giveMotionProxy", summary = "Give my organization's vote on this motion to another organization (member representatives)")
    ResponseEntity<Void> proxy(@PathVariable UUID id, @RequestBody ProxyRequest request) {
        if (request == null) {
            throw new InvalidInputException("holderOrganizationId", "validation.required");
        }
        proxies.giveProxy(id, request.holderOrganizationId());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/api/v1/representative/motions/{id}/proxy")
    @ApiResponse(responseCode = "204", description = "Done; no body")
    @Operation(operationId = "revokeMotionProxy", summary = "Take back my organization's vote on this motion, given as a proxy, while the holder has not cast it")
    ResponseEntity<Void> revokeProxy(@PathVariable UUID id) {
        proxies.revokeProxy(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/representative/sessions/{id}/proxy")
    @ApiResponse(responseCode = "204", description = "Done; no body")
    @Operation(operationId = "giveSessionProxy", summary = "Give my organization's vote on every motion of this session that allows proxies to another "
            + "organization entitled in the session's body")
    ResponseEntity<Void> sessionProxy(@PathVariable UUID id, @RequestBody SessionProxyRequest request) {
        proxies.giveSessionProxy(id, request == null ? null : request.holderOrganizationId());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/api/v1/representative/sessions/{id}/proxy")
    @ApiResponse(responseCode = "204", description = "Done; no body")
    @Operation(operationId = "revokeSessionProxy", summary = "Take back my organization's vote for the whole session, while the holder has cast none of it")
    ResponseEntity<Void> revokeSessionProxy(@PathVariable UUID id) {
        proxies.revokeSessionProxy(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/secretariat/elections")
    @ApiResponse(responseCode = "201", description = "Created; the Location header names the new record")
    @Operation(operationId = "createElection", summary = "Create an election of the Governing Board: candidates and seats (Secretariat)")
    ResponseEntity<ElectionView> election(@RequestBody ElectionRequest request) {
        UUID id = elections.create(new ElectionCommand(request.sessionId(), request.title(), request.seats(),
                request.deadline(), request.candidates()));
        return ResponseEntity.created(URI.create("/api/v1/elections/" + id)).body(voting.election(id));
    }

    @PostMapping("/api/v1/secretariat/elections/{id}/{step:open|close|publish}")
    @Operation(operationId = "advanceElection", summary = "Open, close (and count) or publish an election (Secretariat)")
    ElectionView electionStep(@PathVariable UUID id, @PathVariable String step) {
        PollPages.run(elections, id, step);
        return voting.election(id);
    }

    @GetMapping("/api/v1/elections/{id}")
    @Operation(operationId = "getElection", summary = "An election with its candidates; votes once the result is published")
    ElectionView electionView(@PathVariable UUID id) {
        return voting.publishedElection(id);
    }

    @PostMapping("/api/v1/elections/{id}/ballots")
    @ApiResponse(responseCode = "201", description = "The ballot is cast")
    @Operation(operationId = "castElectionBallot", summary = "Choose up to one candidate per seat for my organization, or abstain, by secret ballot (member representatives)")
    ResponseEntity<BallotReceipt> electionBallot(@PathVariable UUID id, @RequestBody ElectionBallotRequest request) {
        elections.cast(id, request == null ? null : request.candidates(),
                request != null && Boolean.TRUE.equals(request.abstain()));
        return ResponseEntity.status(201).body(new BallotReceipt(id,
                delegates.organizationOf(currentActor.personId()).orElseThrow(), true));
    }

    private MotionResult result(MotionView motion) {
        boolean counted = motion.yes() != null;
        Outcome outcome = !counted ? null : !Boolean.TRUE.equals(motion.quorumReached()) ? Outcome.QUORUM_NOT_REACHED
                : Boolean.TRUE.equals(motion.adopted()) ? Outcome.ADOPTED : Outcome.NOT_ADOPTED;
        List<RollCallEntry> roll = !counted || motion.secret() ? null : voting.participation(motion.id()).stream()
                .map(p -> new RollCallEntry(p.organizationId(), p.organizationName(), p.choice())).toList();
        return new MotionResult(motion.id(), motion.sessionId(), motion.body(), motion.title(), motion.text(), motion.rule(),
                motion.quorumBasis(), motion.quorumPercent(), motion.secret(), motion.proxyLimit(), motion.deadline(),
                motion.subjectType(), motion.subjectId(), motion.state(), motion.entitled(), motion.present(), motion.yes(),
                motion.no(), motion.abstain(), motion.quorumReached(), motion.adopted(), outcome, motion.ballots(),
                motion.turnoutPercent(), motion.quorumBase(), motion.quorumNeeded(), roll);
    }
}
