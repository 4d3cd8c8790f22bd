package org.ansoplatform.publications.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ansoplatform.platform.ForbiddenException;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.publications.AccessPolicy;
import org.ansoplatform.publications.Cadence;
import org.ansoplatform.publications.IssueCommand;
import org.ansoplatform.publications.IssueStatus;
import org.ansoplatform.publications.IssueView;
import org.ansoplatform.publications.PublicationManagement;
import org.ansoplatform.publications.PublicationQueries;
import org.ansoplatform.publications.PublicationsPaths;
import org.ansoplatform.publications.SeriesKind;
import org.ansoplatform.publications.SeriesView;
import org.ansoplatform.publications.series.IssueDois;
import org.ansoplatform.shared.LocalizedText;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Series and issues as JSON, under the same access as the pages: an issue the reader may not open is absent from
 * lists and answered 404 (audited) when asked for; the editors of a series draft issues in it.
 */
@RestController
@Tag(name = "Publications", description = "Series (newsletters, magazines, advisory reports, books, annual reports) and their issues")
class PublicationsApi {

    public record Series(UUID id, SeriesKind kind, Cadence cadence, Map<String, String> title, Map<String, String> description,
            String issn, String numberLabel, List<String> languages, AccessPolicy accessPolicy, LocalDate startDate,
            LocalDate endDate, boolean illustrative, String path, String feed) {
    }

    public record File(String language, String name, String mediaType, long size, String path) {
    }

    @Schema(name = "PublicationIssue")
    public record Issue(UUID id, UUID seriesId, int number, String numbered, String label, LocalDate date,
            Map<String, String> title, Map<String, String> summary, List<IssueCommand.Author> authors, List<String> keywords,
            List<Integer> sdgs, List<String> links, AccessPolicy accessPolicy, IssueStatus status, String withdrawnReason,
            Instant publishedAt, String doi, boolean illustrative, List<File> files, String path) {
    }

    public record IssueRequest(UUID seriesId, Integer number, String label, LocalDate date, Map<String, String> title,
            Map<String, String> summary, List<IssueCommand.Author> authors, List<String> keywords, List<Integer> sdgs,
            List<String> links, AccessPolicy accessPolicy) {
    }

    private static final int MAX = 200;

    private final PublicationQueries queries;
    private final PublicationsReading reading;
    private final PublicationManagement management;
    private final IssueDois dois;

    PublicationsApi(PublicationQueries queries, PublicationsReading reading, PublicationManagement management, IssueDois dois) {
        this.queries = queries;
        this.reading = reading;
        this.management = management;
        this.dois = dois;
    }

    @GetMapping(PublicationsWeb.API_SERIES)
    @Operation(operationId = "listSeries", summary = "Every series")
    List<Series> series() {
        return queries.allSeries().stream().map(PublicationsApi::series).toList();
    }

    @GetMapping(PublicationsWeb.API_SERIES + "/{id}")
    @Operation(operationId = "getSeries", summary = "One series")
    Series series(@PathVariable UUID id) {
        return queries.series(id).map(PublicationsApi::series).orElseThrow(() -> new NotFoundException("series"));
    }

    @GetMapping(PublicationsWeb.API_ISSUES)
    @Operation(operationId = "listIssues", summary = "Published issues the reader may open, newest first, filtered by series and year")
    List<Issue> issues(@RequestParam(required = false) UUID series, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer size) {
        int limit = size == null || size < 1 || size > MAX ? MAX : size;
        return queries.published(series, year, reading.reader(), limit).stream().filter(PublicationQueries.Listed::open)
                .map(l -> issue(l.series(), queries.withFiles(l.issue()))).toList();
    }

    @GetMapping(PublicationsWeb.API_ISSUES + "/{id}")
    @Operation(operationId = "getIssue", summary = "One issue, if the reader may open it (a restricted one's opening is recorded)")
    Issue issue(@PathVariable UUID id) {
        PublicationQueries.Readable r = reading.open(id, null, "api");
        return issue(r.series(), r.issue());
    }

    @PostMapping(PublicationsWeb.API_ISSUES)
    @ApiResponse(responseCode = "201", description = "Created; the Location header names the new record")
    @Operation(operationId = "draftIssue", summary = "Drafts an issue in a series the reader edits")
    ResponseEntity<Issue> draft(@RequestBody IssueRequest request) {
        SeriesView s = queries.series(request.seriesId()).orElseThrow(() -> new NotFoundException("series"));
        if (!reading.editor(s)) {
            throw new ForbiddenException("publications.error.notEditor");
        }
        UUID id = management.draftIssue(s.id(), new IssueCommand(request.number() == null ? 0 : request.number(), request.label(),
                request.date(), LocalizedText.of(request.title()), LocalizedText.of(request.summary()), request.authors(),
                request.keywords(), request.sdgs(), request.links(), request.accessPolicy(), null, List.of(), List.of()));
        IssueView created = queries.any(id).orElseThrow().issue();
        return ResponseEntity.created(URI.create(PublicationsWeb.API_ISSUES + "/" + id)).body(issue(s, created));
    }

    static Series series(SeriesView s) {
        return new Series(s.id(), s.kind(), s.cadence(), s.title().values(), s.description().values(), s.issn(), s.numberLabel(),
                s.languages(), s.accessPolicy(), s.startDate(), s.endDate(), s.illustrative(), PublicationsPaths.series(s.id()),
                PublicationsPaths.seriesFeed(s.id()));
    }

    Issue issue(SeriesView s, IssueView i) {
        List<File> files = i.files().stream().map(f -> new File(f.language(), f.name(), f.mediaType(), f.size(),
                PublicationsPaths.issue(i.id()) + "/files/" + f.fileId())).toList();
        return new Issue(i.id(), s.id(), i.number(), s.numbered(i.number()), i.label(), i.date(), i.title().values(),
                i.summary().values(), i.authors(), i.keywords(), i.sdgs(), i.links(), i.accessPolicy(), i.status(),
                i.withdrawnReason(), i.publishedAt(), dois.doi(i).map(d -> d.value()).orElse(null), i.illustrative(), files,
                PublicationsPaths.issue(i.id()));
    }
}
