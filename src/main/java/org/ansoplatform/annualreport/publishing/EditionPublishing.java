package org.ansoplatform.annualreport.publishing;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.annualreport.AnnualReportChanged;
import org.ansoplatform.annualreport.EditionFrozen;
import org.ansoplatform.annualreport.EditionStatus;
import org.ansoplatform.annualreport.EditionView;
import org.ansoplatform.annualreport.editions.EditionStore;
import org.ansoplatform.annualreport.editions.FrozenStore;
import org.ansoplatform.annualreport.print.EditionPdf;
import org.ansoplatform.annualreport.render.EditionModels;
import org.ansoplatform.files.FileStorage;
import org.ansoplatform.files.StoredFile;
import org.ansoplatform.platform.Languages;
import org.ansoplatform.publications.AccessPolicy;
import org.ansoplatform.publications.IssueCommand;
import org.ansoplatform.publications.IssueView;
import org.ansoplatform.publications.PublicationManagement;
import org.ansoplatform.publications.PublicationQueries;
import org.ansoplatform.publications.SeriesKind;
import org.ansoplatform.publications.SeriesView;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.Reader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Publishes a frozen edition once the Board's decision has committed (so that the PDFs are not made while the
 * decision holds its locks): one print PDF per language from the frozen model, kept in files and recorded, then an
 * issue of the annual-report series (as a magazine composition is published, decision 215) with the PDFs, and the
 * edition PUBLISHED with the issue. A second delivery of the event finds the edition published and does nothing.
 */
@Component
class EditionPublishing {

    private static final Logger log = LoggerFactory.getLogger(EditionPublishing.class);

    private final EditionStore store;
    private final FrozenStore frozen;
    private final EditionModels models;
    private final EditionPdf pdf;
    private final FileStorage files;
    private final PublicationManagement publications;
    private final PublicationQueries publicationQueries;
    private final Languages languages;
    private final MessageSource messages;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;

    EditionPublishing(EditionStore store, FrozenStore frozen, EditionModels models, EditionPdf pdf, FileStorage files,
            PublicationManagement publications, PublicationQueries publicationQueries, Languages languages,
            MessageSource messages, org.springframework.context.ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.frozen = frozen;
        this.models = models;
        this.pdf = pdf;
        this.files = files;
        this.publications = publications;
        this.publicationQueries = publicationQueries;
        this.languages = languages;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(EditionFrozen frozenEdition) {
        EditionView edition = store.lock(frozenEdition.editionId()).orElse(null);
        if (edition == null || edition.status() != EditionStatus.FROZEN) {
            return;
        }
        Actor actor = Actor.system(clock.instant());
        Map<String, byte[]> pdfs = new LinkedHashMap<>();
        for (Locale locale : languages.locales()) {
            String language = locale.getLanguage();
            byte[] bytes = pdf.render(models.model(edition.id(), locale, Reader.anonymous()));
            pdfs.put(language, bytes);
            if (frozen.pdf(edition.id(), language).isEmpty()) {
                StoredFile file = files.store(edition.id(), fileName(edition, language), new ByteArrayInputStream(bytes),
                        Set.of("application/pdf"));
                frozen.insertPdf(edition.id(), language, file.id());
            }
        }
        Optional<SeriesView> series = publicationQueries.seriesByKind(SeriesKind.ANNUAL_REPORT).stream().findFirst();
        if (series.isEmpty()) {
            log.warn("No annual-report series: the frozen edition {} of {} stays unpublished", edition.number(), edition.year());
            return;
        }
        UUID seriesId = series.get().id();
        int number = publicationQueries.allIssues(seriesId).stream().mapToInt(IssueView::number).max().orElse(0) + 1;
        LocalDate date = publicationQueries.allIssues(seriesId).stream().map(IssueView::date)
                .filter(d -> d != null && d.isAfter(edition.decidedOn())).max(LocalDate::compareTo).orElse(edition.decidedOn());
        Map<String, String> titles = new LinkedHashMap<>();
        languages.locales().forEach(locale -> titles.put(locale.getLanguage(),
                messages.getMessage("annualreport.title", new Object[] {edition.year()}, locale)));
        UUID issueId = publications.draftIssue(seriesId, new IssueCommand(number, String.valueOf(edition.year()), date,
                new LocalizedText(titles), new LocalizedText(Map.of()), null, null, null, null, AccessPolicy.PUBLIC, null, null, null),
                edition.illustrative(), actor);
        pdfs.forEach((language, bytes) -> publications.attach(issueId, language, fileName(edition, language),
                new ByteArrayInputStream(bytes), actor));
        publications.publish(issueId, actor);
        store.published(edition.id(), issueId, clock.instant());
        events.publishEvent(AnnualReportChanged.edition(actor, "annualreport.edition.published", edition.id(), issueId.toString()));
    }

    private static String fileName(EditionView edition, String language) {
        return "anso-annual-report-" + edition.year() + "-" + edition.number() + "-" + language + ".pdf";
    }
}
