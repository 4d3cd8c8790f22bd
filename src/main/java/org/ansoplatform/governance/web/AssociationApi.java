package org.ansoplatform.governance.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ansoplatform.governance.AssociationCommand;
import org.ansoplatform.governance.AssociationManagement;
import org.ansoplatform.governance.AssociationProfile;
import org.ansoplatform.governance.AssociationQueries;
import org.ansoplatform.governance.AssociationState;
import org.ansoplatform.governance.AssociationView;
import org.ansoplatform.governance.DecisionView;
import org.ansoplatform.governance.ScienceField;
import org.ansoplatform.meetings.MeetingQueries;
import org.ansoplatform.organizations.OrganizationView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The associations as JSON: the list with the page's search and filters, and one association as its page shows it. */
@RestController
@Tag(name = "Associations", description = "ANSO's thematic associations")
public class AssociationApi {

    /** One association (its fields at the top level) with its institutions, approving decision and meetings. */
    public record AssociationDetail(@JsonUnwrapped AssociationView association, OrganizationView lead,
            List<OrganizationView> members, DecisionView decision, List<MeetingSummary> meetings) {

        static AssociationDetail of(AssociationProfile profile, List<MeetingSummary> meetings) {
            return new AssociationDetail(profile.association(), profile.lead(), profile.members(), profile.approvedBy(),
                    meetings);
        }
    }

    public record MeetingSummary(UUID id, org.ansoplatform.shared.LocalizedText title, java.time.LocalDate startDate, java.time.LocalDate endDate) {
    }

    private final AssociationManagement management;
    private final AssociationQueries associations;
    private final MeetingQueries meetings;

    AssociationApi(AssociationManagement management, AssociationQueries associations, MeetingQueries meetings) {
        this.management = management;
        this.associations = associations;
        this.meetings = meetings;
    }

    @GetMapping("/api/v1/associations")
    @Operation(operationId = "listAssociations", summary = "ANSO's thematic associations, approved and proposed; words, region or country, state and field narrow the list")
    List<AssociationView> associations(@RequestParam(required = false) String q, @RequestParam(required = false) String region,
            @RequestParam(required = false) AssociationState state, @RequestParam(required = false) ScienceField field) {
        return associations.search(new AssociationQueries.Filter(q, region, state, field));
    }

    @GetMapping("/api/v1/associations/{id}")
    @Operation(operationId = "getAssociation", summary = "One association with its lead and member institutions, the decision that approved it and its meetings")
    AssociationDetail association(@PathVariable UUID id) {
        return AssociationDetail.of(associations.profile(id), AssociationPages.meetingsOf(associations.byId(id), meetings)
                .stream().map(m -> new MeetingSummary(m.id(), m.title(), m.startDate(), m.endDate())).toList());
    }

    @PostMapping("/api/v1/secretariat/associations")
    @ApiResponse(responseCode = "201", description = "Created; the Location header names the new record")
    @Operation(operationId = "proposeAssociation", summary = "Record a proposal to set up an association (Secretariat)")
    ResponseEntity<AssociationView> propose(@RequestBody AssociationCommand request) {
        UUID id = management.propose(request);
        return ResponseEntity.created(URI.create("/api/v1/associations/" + id)).body(associations.byId(id));
    }
}
