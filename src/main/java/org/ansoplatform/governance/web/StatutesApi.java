package org.ansoplatform.governance.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ansoplatform.governance.Associations;
import org.ansoplatform.governance.Associations.AssociationView;
import org.ansoplatform.governance.Statutes;
import org.ansoplatform.governance.Statutes.AmendmentView;
import org.ansoplatform.governance.Statutes.ArticleComparison;
import org.ansoplatform.governance.Statutes.ArticleView;
import org.ansoplatform.governance.Statutes.VersionView;
import org.ansoplatform.platform.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The Statutes with their versions and amendments, and the associations, as JSON. */
@RestController
@Tag(name = "Statutes and associations", description = "Statute versions, amendments, thematic associations")
public class StatutesApi {

    public record VersionDetail(VersionView version, List<ArticleView> articles) {
    }

    public record AmendmentDetail(AmendmentView amendment, ArticleComparison diff) {
    }

    private final Statutes statutes;
    private final Associations associations;

    StatutesApi(Statutes statutes, Associations associations) {
        this.statutes = statutes;
        this.associations = associations;
    }

    @GetMapping("/api/v1/statutes")
    @Operation(summary = "Every version of the Statutes, newest first")
    List<VersionView> versions() {
        return statutes.versions();
    }

    @GetMapping("/api/v1/statutes/{number}")
    @Operation(summary = "One version of the Statutes with all its articles")
    VersionDetail version(@PathVariable int number) {
        return new VersionDetail(statutes.version(number), statutes.articles(number));
    }

    @GetMapping("/api/v1/statutes/compare")
    @Operation(summary = "Two versions side by side, article by article, with word-level differences")
    List<ArticleComparison> compare(@RequestParam int from, @RequestParam int to) {
        return statutes.compare(from, to);
    }

    @GetMapping("/api/v1/amendments")
    @Operation(summary = "Amendment proposals, newest first")
    List<AmendmentView> amendments() {
        return statutes.amendments();
    }

    @GetMapping("/api/v1/amendments/{id}")
    @Operation(summary = "An amendment with its differences against the text in its base version")
    AmendmentDetail amendment(@PathVariable UUID id) {
        return new AmendmentDetail(statutes.amendment(id).orElseThrow(() -> new NotFoundException("amendment")),
                statutes.amendmentDiff(id));
    }

    @PostMapping("/api/v1/secretariat/amendments")
    @Operation(summary = "Propose an amendment to one article of the version in force (Secretariat)")
    ResponseEntity<AmendmentDetail> propose(@RequestBody Statutes.AmendmentCommand request) {
        UUID id = statutes.propose(request);
        return ResponseEntity.created(URI.create("/api/v1/amendments/" + id)).body(amendment(id));
    }

    @GetMapping("/api/v1/associations")
    @Operation(summary = "ANSO's thematic associations, approved and proposed")
    List<AssociationView> associations() {
        return associations.list();
    }

    @GetMapping("/api/v1/associations/{id}")
    @Operation(summary = "One association")
    AssociationView association(@PathVariable UUID id) {
        return associations.byId(id);
    }

    @PostMapping("/api/v1/secretariat/associations")
    @Operation(summary = "Record a proposal to set up an association (Secretariat)")
    ResponseEntity<AssociationView> propose(@RequestBody Associations.AssociationCommand request) {
        UUID id = associations.propose(request);
        return ResponseEntity.created(URI.create("/api/v1/associations/" + id)).body(associations.byId(id));
    }
}
