package org.ansoplatform.accounts.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.accounts.AccountQueries;
import org.ansoplatform.accounts.Role;
import org.ansoplatform.platform.ApiTokenScope;
import org.ansoplatform.platform.ForbiddenException;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.SignedInPerson;
import org.ansoplatform.shared.PageRequest;
import org.ansoplatform.shared.PageResult;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Accounts", description = "The caller's account, personal API tokens, and (for administrators) roles")
class AccountApi {

    /** @param orcid the caller's ORCID iD as ORCID writes it (0000-0002-1825-0097), null when none was given */
    record Me(UUID id, String email, String displayName, String language, Set<Role> roles,
            String orcid) {
    }

    /** {@code expiresOn}: the last day (UTC) the token works; none for a token that works until revoked. */
    record TokenCreation(@NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") @org.ansoplatform.platform.SingleLine String name,
            ApiTokenScope scope, LocalDate expiresOn) {
    }

    /** The secret appears in this one response and never again. */
    record CreatedToken(UUID id, String name, String token) {
    }

    private final AccountManagement accounts;
    private final AccountQueries queries;
    private final org.ansoplatform.accounts.OrcidProfile orcids;

    AccountApi(AccountManagement accounts, AccountQueries queries, org.ansoplatform.accounts.OrcidProfile orcids) {
        this.accounts = accounts;
        this.queries = queries;
        this.orcids = orcids;
    }

    @GetMapping("/me")
    @Operation(operationId = "getMe", summary = "Who the caller is, with their roles")
    Me me(@AuthenticationPrincipal SignedInPerson me) {
        AccountQueries.PersonView person = queries.person(me.id()).orElseThrow(() -> new NotFoundException("person"));
        return new Me(person.id(), person.email(), person.displayName(), person.language(), person.roles(),
                orcids.of(me.id()).map(Object::toString).orElse(null));
    }

    @GetMapping("/me/tokens")
    @Operation(operationId = "listTokens", summary = "The caller's personal API tokens (never their secrets)")
    List<AccountQueries.ApiTokenView> tokens(@AuthenticationPrincipal SignedInPerson me) {
        return queries.apiTokens(me.id());
    }

    @PostMapping("/me/tokens")
    @ApiResponse(responseCode = "201", description = "Created; the Location header names the new record")
    @Operation(operationId = "createToken", summary = "Create a personal API token (scope READ, READ_WRITE or METRICS, optional last day); the secret "
            + "is returned once. Only a signed-in session may create tokens, not a token")
    ResponseEntity<CreatedToken> createToken(@AuthenticationPrincipal SignedInPerson me, Authentication caller,
            @Valid @RequestBody TokenCreation request) {
        if (ApiTokenScope.of(caller.getAuthorities()) != null) {
            // else a leaked token could make successors that outlive its own revocation
            throw new ForbiddenException("accounts.tokens.notFromToken");
        }
        AccountManagement.NewApiToken created = accounts.createApiToken(me.id(), request.name(), request.scope(),
                request.expiresOn());
        return ResponseEntity.created(URI.create("/api/v1/me/tokens/" + created.id()))
                .body(new CreatedToken(created.id(), request.name().strip(), created.secret()));
    }

    @DeleteMapping("/me/tokens/{id}")
    @ApiResponse(responseCode = "204", description = "Done; no body")
    @Operation(operationId = "revokeToken", summary = "Revoke one of the caller's tokens")
    ResponseEntity<Void> revokeToken(@AuthenticationPrincipal SignedInPerson me, @PathVariable UUID id) {
        accounts.revokeApiToken(me.id(), id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/admin/people")
    @Operation(operationId = "listPeople", summary = "Find people by email or name, optionally by role (administrators)")
    PageResult<AccountQueries.PersonView> people(@RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) Role role, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.search(q, role, PageRequest.of(page, size));
    }

    @PutMapping("/admin/people/{id}/roles/{role}")
    @ApiResponse(responseCode = "204", description = "Done; no body")
    @Operation(operationId = "grantRole", summary = "Grant a role (administrators)")
    ResponseEntity<Void> grant(@PathVariable UUID id, @PathVariable Role role) {
        accounts.grant(id, role);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/admin/people/{id}/roles/{role}")
    @ApiResponse(responseCode = "204", description = "Done; no body")
    @Operation(operationId = "revokeRole", summary = "Revoke a role (administrators)")
    ResponseEntity<Void> revoke(@PathVariable UUID id, @PathVariable Role role) {
        accounts.revoke(id, role);
        return ResponseEntity.noContent().build();
    }
}
