package org.ansoplatform.organizations.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.organizations.StatusChangeView;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.shared.PageRequest;
import org.ansoplatform.shared.PageResult;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The directory as JSON: anyone may read it; the secretariat may register and change organizations. Refusals
 * are RFC 9457 problems with a list of field errors.
 */
@RestController
@RequestMapping("/api/v1/organizations")
@Tag(name = "Organizations", description = "ANSO member and partner organizations")
public class OrganizationApi {

    /** One page of results; pages count from 0. */
    @Schema(name = "OrganizationPage", description = "A page of organizations")
    public record Page(List<OrganizationView> items, int page, int size, long total, int totalPages) {

        static Page of(PageResult<OrganizationView> result) {
            return new Page(result.items(), result.page(), result.size(), result.total(), result.totalPages());
        }
    }

    private final OrganizationQueries queries;
    private final OrganizationManagement management;

    OrganizationApi(OrganizationQueries queries, OrganizationManagement management) {
        this.queries = queries;
        this.management = management;
    }

    @GetMapping
    @Operation(operationId = "listOrganizations", summary = "Search organizations by name, country, type and status, ordered by name")
    Page search(@ModelAttribute DirectoryFilter filter, BindingResult binding,
            @RequestParam(required = false) Integer size) {
        List<Violation> violations = new ArrayList<>();
        if (filter.countryGiven() && filter.countryCode() == null) {
            violations.add(new Violation("country", "validation.country"));
        }
        for (FieldError error : binding.getFieldErrors()) {
            violations.add(new Violation(error.getField(), switch (error.getField()) {
                case "type" -> "organizations.error.type";
                case "status" -> "organizations.error.status";
                case "q", "country" -> "validation.controlCharacters";
                default -> "validation.wholeNumber";
            }));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return Page.of(queries.search(filter.toQuery(), PageRequest.of(filter.page(), size)));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getOrganization", summary = "One organization")
    OrganizationView one(@PathVariable UUID id) {
        return queries.byId(id).orElseThrow(() -> new NotFoundException("organization"));
    }

    @GetMapping("/{id}/status-history")
    @Operation(operationId = "getOrganizationStatusHistory", summary = "Every status the organization has held, oldest first")
    List<StatusChangeView> statusHistory(@PathVariable UUID id) {
        return queries.statusHistory(one(id).id());
    }

    @PostMapping
    @PreAuthorize("hasRole('SECRETARIAT')")
    @ApiResponse(responseCode = "201", description = "Created; the Location header names the new record")
    @Operation(operationId = "createOrganization", summary = "Register an organization (secretariat)")
    ResponseEntity<OrganizationView> create(@Valid @RequestBody OrganizationForm request) {
        UUID id = management.create(request.command());
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(id).toUri();
        return ResponseEntity.created(location)
                .body(queries.byId(id).orElseThrow());
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('SECRETARIAT')")
    @Operation(operationId = "updateOrganization", summary = "Change an organization (secretariat); a new status is appended to its history")
    OrganizationView update(@PathVariable UUID id, @Valid @RequestBody OrganizationForm request) {
        management.update(id, request.command());
        return queries.byId(id).orElseThrow();
    }
}
