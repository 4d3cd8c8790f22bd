package org.ansoplatform.governance.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ansoplatform.governance.AmendmentCommand;
import org.ansoplatform.governance.AmendmentView;
import org.ansoplatform.governance.ArticleComparison;
import org.ansoplatform.governance.ArticleView;
import org.ansoplatform.governance.StatuteManagement;
import org.ansoplatform.governance.StatuteQueries;
import org.ansoplatform.governance.VersionView;
import org.ansoplatform.platform.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The Statutes with their versions and amendments, as JSON. */
@RestController
@Tag(name = "Statutes", description = "Statute versions and amendments")
public class StatuteApi {

    public record VersionDetail(VersionView version, List<ArticleView> articles) {
    }

    public record AmendmentDetail(AmendmentView amendment, ArticleComparison diff) {
    }

    private final StatuteManagement statuteManagement;
    private final StatuteQueries statutes;

    StatuteApi(StatuteManagement statuteManagement, StatuteQueries statutes) {
        this.statuteManagement = statuteManagement;
        this.statutes = statutes;
    }

    @GetMapping("/api/v1/statutes")
    @Operation(operationId = "listStatuteVersions", summary = "Every version of the Statutes, newest first")
    List<VersionView> versions() {
        return statutes.versions();
    }

    @GetMapping("/api/v1/statutes/{number}")
    @Operation(operationId = "getStatuteVersion", summary = "One version of the Statutes with all its articles")
    VersionDetail version(@PathVariable int number) {
        return new VersionDetail(statutes.version(number), statutes.articles(number));
    }

    @GetMapping("/api/v1/statutes/compare")
    @Operation(operationId = "compareStatuteVersions", summary = "Two versions side by side, article by article, with word-level differences")
    List<ArticleComparison> compare(@RequestParam int from, @RequestParam int to) {
        return statutes.compare(from, to);
    }

    @GetMapping("/api/v1/amendments")
    @Operation(operationId = "listAmendments", summary = "Amendment proposals, newest first")
    List<AmendmentView> amendments() {
        return statutes.amendments();
    }

    @GetMapping("/api/v1/amendments/{id}")
    @Operation(operationId = "getAmendment", summary = "An amendment with its differences against the text in its base version")
    AmendmentDetail amendment(@PathVariable UUID id) {
        return new AmendmentDetail(statutes.amendment(id).orElseThrow(() -> new NotFoundException("amendment")),
                statutes.amendmentDiff(id));
    }

    @PostMapping("/api/v1/secretariat/amendments")
    @ApiResponse(responseCode = "201", description = "Created; the Location header names the new record")
    @Operation(operationId = "proposeAmendment", summary = "Propose an amendment to one article of the version in force (Secretariat)")
    ResponseEntity<AmendmentDetail> propose(@RequestBody AmendmentCommand request) {
        UUID id = statuteManagement.propose(request);
        return ResponseEntity.created(URI.create("/api/v1/amendments/" + id)).body(amendment(id));
    }
}
