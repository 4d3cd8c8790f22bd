package org.ansoplatform.datasets.web;

import java.util.List;
import java.util.Locale;

import org.ansoplatform.datasets.DatasetDescription;
import org.ansoplatform.datasets.DatasetUsage;
import org.ansoplatform.datasets.deposit.CurationManagement;
import org.ansoplatform.datasets.deposit.DatasetPublishing;
import org.ansoplatform.datasets.deposit.DatasetMetadata;
import org.ansoplatform.datasets.deposit.DatasetQueries;
import org.ansoplatform.datasets.deposit.FileListing;
import org.ansoplatform.datasets.deposit.FileView;
import org.ansoplatform.datasets.deposit.SpdxLicences;
import org.ansoplatform.datasets.deposit.VersionView;
import org.ansoplatform.identifiers.CitationStyle;
import org.ansoplatform.identifiers.Citations;
import org.ansoplatform.identifiers.DoiManagement;
import org.ansoplatform.identifiers.DoiRegistration;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.shared.Reader;
import org.springframework.stereotype.Component;
import org.springframework.ui.ModelMap;

/** What the landing page shows of a version: metadata, files with their access, citation, DOI, usage, history. */
@Component
class LandingModel {

    private final DatasetQueries queries;
    private final Citations citations;
    private final DoiManagement dois;
    private final DatasetUsage usage;
    private final SpdxLicences licences;
    private final CurrentActor currentActor;
    private final FileListing listing;
    private final FileRows rows;

    LandingModel(DatasetQueries queries, Citations citations, DoiManagement dois, DatasetUsage usage, SpdxLicences licences,
            CurrentActor currentActor, FileListing listing, FileRows rows) {
        this.listing = listing;
        this.rows = rows;
        this.queries = queries;
        this.citations = citations;
        this.dois = dois;
        this.usage = usage;
        this.licences = licences;
        this.currentActor = currentActor;
    }

    /**
     * A file's state for the page: open (linked), embargoed until a date, or restricted; {@code preview} the address
     * of its preview when it has one and the reader may open it.
     */
    record LandingFile(FileView file, String path, boolean downloadable, String preview) {

        LandingFile(FileView file, String path, boolean downloadable) {
            this(file, path, downloadable, null);
        }
    }

    void fill(ModelMap model, VersionView version, List<VersionView> versions, DatasetDescription description, String style,
            Locale locale, boolean granted) {
        Reader reader = currentActor.reader();
        boolean insider = reader.signedIn() && (version.depositorId().equals(reader.personId())
                || reader.hasRole(CurationManagement.CURATOR));
        CitationStyle chosen = java.util.Arrays.stream(CitationStyle.values()).filter(s -> s.name().equalsIgnoreCase(style))
                .findFirst().orElse(CitationStyle.APA);
        model.addAttribute("version", version);
        model.addAttribute("metadata", version.metadata());
        model.addAttribute("countryNames", version.metadata().places().stream().map(DatasetMetadata.Place::country)
                .filter(java.util.Objects::nonNull).distinct().collect(java.util.stream.Collectors.toMap(c -> c,
                        c -> new org.ansoplatform.shared.CountryCode(c).displayName(locale))));
        model.addAttribute("language", locale.getLanguage());
        model.addAttribute("versions", versions.stream().filter(VersionView::public_).toList());
        // the top folder's first page and its subfolders, from the listing's few aggregate queries (never every file)
        FileListing.FolderPage top = listing.page(version.id(), "", null, null, null);
        model.addAttribute("folderPage", top);
        model.addAttribute("files", top.files().stream().map(f -> rows.row(version, f, granted)).toList());
        model.addAttribute("citation", citations.format(description.metadata(), chosen, locale));
        model.addAttribute("styles", List.of(CitationStyle.values()));
        model.addAttribute("style", chosen);
        model.addAttribute("doi", description.metadata().identifier().value());
        model.addAttribute("conceptDoi", description.conceptDoi());
        DoiRegistration registration = dois.ofRecord(DatasetPublishing.versionRef(version.id())).orElse(null);
        model.addAttribute("doiState", insider && registration != null ? registration.state() : null);
        model.addAttribute("licence", licences.byId(version.metadata().licence()).orElse(null));
        model.addAttribute("usageVersion", usage.ofVersion(version.id()));
        model.addAttribute("usageDataset", usage.ofDataset(version.datasetId()));
        model.addAttribute("description", description);
        model.addAttribute("insider", insider);
        model.addAttribute("mayAsk", reader.signedIn() && !insider && !granted && !version.withdrawn());
        if (insider) {
            model.addAttribute("steps", queries.steps(version.id()));
        }
    }
}
