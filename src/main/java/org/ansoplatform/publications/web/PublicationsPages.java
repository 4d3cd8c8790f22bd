package org.ansoplatform.publications.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.files.FileStorage;
import org.ansoplatform.files.StoredFile;
import org.ansoplatform.identifiers.CitationStyle;
import org.ansoplatform.identifiers.Citations;
import org.ansoplatform.identifiers.DataCiteMetadata;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.Records;
import org.ansoplatform.publications.IssueView;
import org.ansoplatform.publications.PublicationQueries;
import org.ansoplatform.publications.PublicationsPaths;
import org.ansoplatform.publications.SeriesView;
import org.ansoplatform.publications.series.IssueDois;
import org.ansoplatform.publications.series.SeriesCountQueries;
import org.ansoplatform.shared.Reader;
import org.ansoplatform.shared.RecordRef;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public side of series and issues: the list of series with the latest issues, a series' page with its issues
 * and counts per year, an issue's page with its files, links, DOI and citations. What a reader may not open is
 * absent, and opening it directly answers 404.
 */
@Controller
class PublicationsPages {

    private static final int LATEST = 20, SERIES_ISSUES = 500;

    private final PublicationQueries queries;
    private final PublicationsReading reading;
    private final SeriesCountQueries counts;
    private final IssueDois dois;
    private final Citations citations;
    private final Records records;
    private final FileStorage files;

    PublicationsPages(PublicationQueries queries, PublicationsReading reading, SeriesCountQueries counts, IssueDois dois,
            Citations citations, Records records, FileStorage files) {
        this.queries = queries;
        this.reading = reading;
        this.counts = counts;
        this.dois = dois;
        this.citations = citations;
        this.records = records;
        this.files = files;
    }

    @GetMapping(PublicationsPaths.PUBLICATIONS)
    String list(Model model, Locale locale) {
        Reader reader = reading.reader();
        model.addAttribute("series", queries.allSeries());
        model.addAttribute("latest", queries.published(null, null, reader, LATEST));
        model.addAttribute("editor", !queries.editedBy(reader).isEmpty());
        return "publications/series/list";
    }

    @GetMapping(PublicationsPaths.PUBLICATIONS + "/series/{id}")
    String series(@PathVariable UUID id, Model model) {
        SeriesView s = queries.series(id).orElseThrow(() -> new NotFoundException("series"));
        boolean editor = reading.editor(s);
        model.addAttribute("s", s);
        model.addAttribute("issues", queries.published(id, null, reading.reader(), SERIES_ISSUES));
        model.addAttribute("years", counts.byYear(id));
        model.addAttribute("editor", editor);
        model.addAttribute("missed", editor && s.watched() ? queries.missed(s) : List.of());
        return "publications/series/series";
    }

    @GetMapping(PublicationsPaths.PUBLICATIONS + "/issues/{id}")
    String issue(@PathVariable UUID id, @org.springframework.web.bind.annotation.RequestParam(required = false) String style,
            Model model, Locale locale) {
        PublicationQueries.Readable r = reading.page(id);
        IssueView i = r.issue();
        boolean editor = reading.editor(r.series());
        model.addAttribute("tombstone", !i.published() && !editor);
        model.addAttribute("s", r.series());
        model.addAttribute("i", i);
        model.addAttribute("editor", editor);
        model.addAttribute("links", records.describe(i.links().stream().map(RecordRef::parse).toList(), reading.reader(), locale));
        if (i.published()) {
            DataCiteMetadata metadata = dois.metadata(r.series(), i);
            model.addAttribute("doi", metadata.identifier().value());
            CitationStyle chosen = java.util.Arrays.stream(CitationStyle.values()).filter(c -> c.csl().equals(style)).findFirst()
                    .orElse(CitationStyle.APA);
            model.addAttribute("citation", citations.format(metadata, chosen, locale));
            model.addAttribute("styles", CitationStyle.values());
            model.addAttribute("style", chosen);
        }
        return "publications/series/issue";
    }

    @GetMapping(PublicationsPaths.PUBLICATIONS + "/issues/{id}/files/{fileId}")
    ResponseEntity<Resource> file(@PathVariable UUID id, @PathVariable UUID fileId) {
        PublicationQueries.Readable r = reading.open(id, fileId, "file");
        IssueView.IssueFile f = r.issue().files().stream().filter(x -> x.fileId().equals(fileId)).findFirst()
                .orElseThrow(() -> new NotFoundException("file"));
        StoredFile stored = files.find(fileId).orElseThrow(() -> new NotFoundException("file"));
        ContentDisposition disposition = ContentDisposition.attachment().filename(f.name(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff").header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .contentType(MediaType.parseMediaType(stored.mediaType())).contentLength(stored.size())
                .body(new InputStreamResource(files.open(stored)));
    }

    /** The issue's citation for a reference manager: {@code bibtex}, {@code ris}, {@code csl-json} or {@code datacite}. */
    @GetMapping(PublicationsPaths.PUBLICATIONS + "/issues/{id}/cite/{format}")
    ResponseEntity<String> cite(@PathVariable UUID id, @PathVariable String format) {
        PublicationQueries.Readable r = reading.open(id, null, "citation");
        if (!r.issue().published()) {
            throw new NotFoundException("citation");
        }
        DataCiteMetadata metadata = dois.metadata(r.series(), r.issue());
        String name = "issue-" + r.issue().number();
        return switch (format) {
            case "bibtex" -> download(citations.bibTeX(metadata), "application/x-bibtex", name + ".bib");
            case "ris" -> download(citations.ris(metadata), "application/x-research-info-systems", name + ".ris");
            case "csl-json" -> download(citations.cslJson(metadata), "application/vnd.citationstyles.csl+json", name + ".json");
            case "datacite" -> download(dois.dataCiteXml(r.series(), r.issue()), "application/xml", name + "-datacite.xml");
            default -> throw new NotFoundException("format");
        };
    }

    private static ResponseEntity<String> download(String body, String type, String name) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(type + ";charset=UTF-8")).body(body);
    }
}
