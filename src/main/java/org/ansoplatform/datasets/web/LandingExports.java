package org.ansoplatform.datasets.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.ansoplatform.datasets.DatasetDescription;
import org.ansoplatform.datasets.DatasetUsage;
import org.ansoplatform.datasets.deposit.DatasetPublishing;
import org.ansoplatform.datasets.deposit.DatasetQueries;
import org.ansoplatform.datasets.deposit.VersionView;
import org.ansoplatform.datasets.discovery.DiscoveryResponses;
import org.ansoplatform.platform.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The documents a landing page's signposting points to at their own addresses, for clients that cannot negotiate:
 * the linkset as JSON ({@code linkset.json}) and the metadata exports ({@code export/datacite.xml}, ...). Each is an
 * investigation in COUNTER's sense. Unpublished versions answer 404 as their pages do; a withdrawn one still answers
 * (its citation stays resolvable).
 */
@RestController
class LandingExports {

    private final DatasetQueries queries;
    private final DatasetPublishing publishing;
    private final DiscoveryResponses responses;
    private final DatasetUsage usage;
    private final UsageVisits visits;

    LandingExports(DatasetQueries queries, DatasetPublishing publishing, DiscoveryResponses responses, DatasetUsage usage,
            UsageVisits visits) {
        this.queries = queries;
        this.publishing = publishing;
        this.responses = responses;
        this.usage = usage;
        this.visits = visits;
    }

    @GetMapping("/datasets/{id}/versions/{number}/linkset.json")
    ResponseEntity<String> linksetJson(@PathVariable UUID id, @PathVariable int number) {
        return responses.linkset(describe(id, number), true);
    }

    @GetMapping("/datasets/{id}/versions/{number}/export/{file}")
    ResponseEntity<String> export(@PathVariable UUID id, @PathVariable int number, @PathVariable String file,
            HttpServletRequest request) {
        DatasetDescription version = describe(id, number);
        ResponseEntity<String> answer = responses.export(version, file).orElseThrow(() -> new NotFoundException("export"));
        usage.investigation(version.datasetId(), version.versionId(), visits.of(request));
        return answer;
    }

    private DatasetDescription describe(UUID id, int number) {
        VersionView version = queries.version(id, number).filter(VersionView::public_)
                .orElseThrow(() -> new NotFoundException("version"));
        return publishing.describe(version);
    }
}
