package org.ansoplatform.datasets.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ansoplatform.datasets.DatasetUsage;
import org.ansoplatform.datasets.DatasetsPaths;
import org.ansoplatform.datasets.UsageTotals;
import org.ansoplatform.datasets.deposit.CatalogueCard;
import org.ansoplatform.datasets.deposit.CatalogueFacet;
import org.ansoplatform.datasets.deposit.CatalogueFilter;
import org.ansoplatform.datasets.deposit.CataloguePage;
import org.ansoplatform.datasets.deposit.CatalogueQueries;
import org.ansoplatform.datasets.deposit.DatasetQueries;
import org.ansoplatform.datasets.deposit.VersionView;
import org.ansoplatform.datasets.harvest.UsageReport;
import org.ansoplatform.platform.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalogue and the usage statistics for scripts: the same search as {@code /datasets} (words and one value per
 * facet, with the facets' counts) and a dataset's COUNTER metrics per version and month. Public, as the pages are;
 * a value of the wrong type is a 400 problem, not ignored as the page ignores it.
 */
@RestController
@Tag(name = "Datasets")
class DatasetSearchApi {

    /** One dataset as the catalogue lists it. */
    record ApiCard(UUID datasetId, UUID versionId, int number, String title, List<String> creators, int year,
            String licence, String doi, String path) {
    }

    record ApiSearch(List<ApiCard> items, long total, int page, int pageSize, Map<String, List<CataloguePage.FacetCount>> facets) {
    }

    record ApiMonth(UUID versionId, String month, UsageTotals totals) {
    }

    record ApiUsage(UUID datasetId, UsageTotals total, List<ApiMonth> months) {
    }

    private final CatalogueQueries catalogue;
    private final DatasetQueries queries;
    private final DatasetUsage usage;
    private final UsageReport report;

    DatasetSearchApi(CatalogueQueries catalogue, DatasetQueries queries, DatasetUsage usage, UsageReport report) {
        this.catalogue = catalogue;
        this.queries = queries;
        this.usage = usage;
        this.report = report;
    }

    @Operation(operationId = "listDatasets", summary = "Searches the published datasets: words in any language, one value per facet, with facet counts")
    @GetMapping(DatasetsPaths.API)
    ApiSearch search(@RequestParam(required = false) String q, @RequestParam(required = false) String subject,
            @RequestParam(required = false) Integer sdg, @RequestParam(required = false) String country,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String format,
            @RequestParam(required = false) String licence, @RequestParam(required = false) UUID project,
            @RequestParam(required = false) UUID organization, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "en") String language) {
        CataloguePage found = catalogue.search(new CatalogueFilter(q, subject, sdg, country, year, format, licence, project,
                organization, page));
        Map<String, List<CataloguePage.FacetCount>> facets = new LinkedHashMap<>();
        for (CatalogueFacet facet : CatalogueFacet.values()) {
            facets.put(facet.name().toLowerCase(java.util.Locale.ROOT), found.facet(facet));
        }
        List<ApiCard> items = found.result().items().stream().map(card -> card(card, language)).toList();
        return new ApiSearch(items, found.result().total(), found.result().page(), CatalogueQueries.PAGE_SIZE, facets);
    }

    @Operation(operationId = "getDatasetUsage", summary = "A published dataset's COUNTER usage: its totals and each version's metrics per month (UTC)")
    @GetMapping(DatasetsPaths.API + "/{id}/usage")
    ApiUsage usage(@PathVariable UUID id) {
        boolean published = queries.versions(id).stream().anyMatch(VersionView::public_);
        if (!published) {
            throw new NotFoundException("dataset");
        }
        List<ApiMonth> months = report.ofDataset(id).stream()
                .map(line -> new ApiMonth(line.versionId(), line.month(), line.totals())).toList();
        return new ApiUsage(id, usage.ofDataset(id), months);
    }

    private static ApiCard card(CatalogueCard card, String language) {
        return new ApiCard(card.datasetId(), card.versionId(), card.number(), card.title(language), card.creators(),
                card.year(), card.licence(), card.doi(), card.path());
    }
}
