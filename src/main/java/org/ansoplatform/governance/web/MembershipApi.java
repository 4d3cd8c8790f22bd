package org.ansoplatform.governance.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ansoplatform.governance.ApplicationCommand;
import org.ansoplatform.governance.ApplicationState;
import org.ansoplatform.governance.ApplicationStep;
import org.ansoplatform.governance.ApplicationView;
import org.ansoplatform.governance.DecisionView;
import org.ansoplatform.governance.DelegateManagement;
import org.ansoplatform.governance.DelegateQueries;
import org.ansoplatform.governance.DelegateView;
import org.ansoplatform.governance.MembershipManagement;
import org.ansoplatform.governance.MembershipQueries;
import org.ansoplatform.governance.SessionQueries;
import org.ansoplatform.organizations.OrganizationType;
import org.ansoplatform.platform.CurrentActor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Membership applications as JSON: applicants see and answer their own; the Secretariat checks them. */
@RestController
@Tag(name = "Membership", description = "Membership applications, from submission to approval")
public class MembershipApi {

    public record ApplicationRequest(String legalName, String originalName, String country, OrganizationType type,
            String website, String contactName, String contactEmail, String motivation, List<UUID> fileIds) {
    }

    public record NoteRequest(String note, List<UUID> fileIds) {
    }

    /** An application with its history and the decisions taken on it. */
    public record ApplicationDetail(ApplicationView application, List<ApplicationStep> history,
            List<DecisionView> decisions) {
    }

    public record DelegateRequest(String email, UUID organizationId) {
    }

    private final MembershipManagement management;
    private final MembershipQueries membership;
    private final SessionQueries sessions;
    private final DelegateManagement delegateManagement;
    private final DelegateQueries delegates;
    private final CurrentActor currentActor;

    MembershipApi(MembershipManagement management, MembershipQueries membership, SessionQueries sessions,
            DelegateManagement delegateManagement, DelegateQueries delegates, CurrentActor currentActor) {
        this.management = management;
        this.membership = membership;
        this.sessions = sessions;
        this.delegateManagement = delegateManagement;
        this.delegates = delegates;
        this.currentActor = currentActor;
    }

    @PostMapping("/api/v1/membership/applications")
    @ApiResponse(responseCode = "201", description = "Created; the Location header names the new record")
    @Operation(operationId = "submitMembershipApplication", summary = "Apply for membership on behalf of an organization")
    ResponseEntity<ApplicationDetail> submit(@RequestBody ApplicationRequest request) {
        UUID id = management.submit(new ApplicationCommand(request.legalName(), request.originalName(),
                request.country(), request.type(), request.website(), request.contactName(), request.contactEmail(),
                request.motivation(), request.fileIds()));
        return ResponseEntity.created(URI.create("/api/v1/membership/applications/" + id)).body(detail(id));
    }

    @GetMapping("/api/v1/membership/applications")
    @Operation(operationId = "listMyMembershipApplications", summary = "My applications, newest first")
    List<ApplicationView> mine() {
        return membership.ofApplicant(currentActor.personId());
    }

    @GetMapping("/api/v1/membership/applications/{id}")
    @Operation(operationId = "getMyMembershipApplication", summary = "One of my applications with its history")
    ApplicationDetail own(@PathVariable UUID id) {
        membership.own(id, currentActor.personId());
        return detail(id);
    }

    @PostMapping("/api/v1/membership/applications/{id}/answers")
    @Operation(operationId = "answerInformationRequest", summary = "Answer the Secretariat's request for more information, possibly with more documents")
    ApplicationDetail answer(@PathVariable UUID id, @RequestBody NoteRequest request) {
        management.answer(id, request.note(), request.fileIds());
        return detail(id);
    }

    @GetMapping("/api/v1/secretariat/applications")
    @Operation(operationId = "listMembershipApplications", summary = "Every application, or those in one state (Secretariat)")
    List<ApplicationView> all(@RequestParam(required = false) ApplicationState state) {
        return membership.list(state);
    }

    @GetMapping("/api/v1/secretariat/applications/{id}")
    @Operation(operationId = "getMembershipApplication", summary = "One application with its history (Secretariat)")
    ApplicationDetail one(@PathVariable UUID id) {
        return detail(id);
    }

    @PostMapping("/api/v1/secretariat/applications/{id}/information-requests")
    @Operation(operationId = "requestMembershipInformation", summary = "Ask the applicant for more information (Secretariat)")
    ApplicationDetail requestInformation(@PathVariable UUID id, @RequestBody NoteRequest request) {
        management.requestInformation(id, request.note());
        return detail(id);
    }

    @PostMapping("/api/v1/secretariat/applications/{id}/completeness")
    @Operation(operationId = "confirmMembershipApplicationComplete", summary = "Confirm the application is complete: it goes to the Governing Board (Secretariat)")
    ApplicationDetail complete(@PathVariable UUID id, @RequestBody(required = false) NoteRequest request) {
        management.confirmComplete(id, request == null ? null : request.note());
        return detail(id);
    }

    @GetMapping("/api/v1/secretariat/delegates")
    @Operation(operationId = "listDelegates", summary = "Current delegates of member organizations (Secretariat)")
    List<DelegateView> delegates() {
        return delegates.current();
    }

    @PostMapping("/api/v1/secretariat/delegates")
    @Operation(operationId = "appointDelegate", summary = "Appoint a person as the delegate of an organization (Secretariat)")
    List<DelegateView> appoint(@RequestBody DelegateRequest request) {
        delegateManagement.appoint(request.email(), request.organizationId());
        return delegates.current();
    }

    private ApplicationDetail detail(UUID id) {
        return new ApplicationDetail(membership.byId(id), membership.history(id), sessions.decisionsAbout(id));
    }
}
