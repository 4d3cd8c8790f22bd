package org.ansoplatform.annualreport;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.annualreport.editions.EditionStore;
import org.ansoplatform.annualreport.editions.FrozenStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Editions as the pages, the API and the Board read them. */
@Service
@Transactional(readOnly = true)
public class AnnualReportQueries {

    private final EditionStore store;
    private final FrozenStore frozen;

    AnnualReportQueries(EditionStore store, FrozenStore frozen) {
        this.store = store;
        this.frozen = frozen;
    }

    public List<EditionView> editions() {
        return store.all();
    }

    public Optional<EditionView> edition(UUID id) {
        return store.find(id);
    }

    public Optional<EditionContent> content(UUID id) {
        return store.content(id);
    }

    /** The year's DRAFT or SUBMITTED edition. */
    public Optional<EditionView> liveDraft(int year) {
        return store.ofYear(year).stream().filter(EditionView::live).findFirst();
    }

    /** The year's latest PUBLISHED edition: what the public reads. */
    public Optional<EditionView> published(int year) {
        return store.ofYear(year).stream().filter(e -> e.status() == EditionStatus.PUBLISHED).findFirst();
    }

    /** The year's latest FROZEN or PUBLISHED edition. */
    public Optional<EditionView> latestFrozen(int year) {
        return store.ofYear(year).stream().filter(e -> e.status().frozen()).findFirst();
    }

    /** Every published edition, latest year first: one per year (its latest). */
    public List<EditionView> publishedYears() {
        return store.all().stream().filter(e -> e.status() == EditionStatus.PUBLISHED)
                .collect(java.util.stream.Collectors.toMap(EditionView::year, e -> e, (a, b) -> a.number() >= b.number() ? a : b,
                        java.util.TreeMap::new)).descendingMap().values().stream().toList();
    }

    /** The stored page of a frozen edition in a language, exactly as freezing rendered it. */
    public Optional<String> frozenPage(UUID editionId, String language) {
        return frozen.page(editionId, language);
    }

    /** The frozen page's contents (number, title, anchor of each section) in a language. */
    public List<java.util.Map<String, String>> frozenContents(UUID editionId, String language) {
        return frozen.toc(editionId, language);
    }

    public Optional<UUID> pdf(UUID editionId, String language) {
        return frozen.pdf(editionId, language);
    }

    public Optional<String> chart(UUID editionId, UUID blockId, String language, boolean print) {
        return frozen.chart(editionId, blockId, language, print);
    }
}
