package org.ansoplatform.publications.front.compose;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.publications.AccessPolicy;
import org.ansoplatform.publications.IssueCommand;
import org.ansoplatform.publications.IssueView;
import org.ansoplatform.publications.PublicationManagement;
import org.ansoplatform.publications.PublicationQueries;
import org.ansoplatform.publications.SeriesKind;
import org.ansoplatform.publications.SeriesView;
import org.ansoplatform.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes a composition as an issue of a magazine series (ANSO Outreach, ANSO Highlight): a public issue with the
 * composition's titles, its editorial as the abstract, the records still public as its links, and the PDF edition in
 * each language the composition has a title in as its files. The issue's rules (a new number, a date in the series'
 * order) are the series' own and refuse next to the same fields. A composition is published once; what it became is
 * then an ordinary issue, edited or withdrawn on the publications pages.
 */
@Service
@Transactional
public class CompositionPublishing {

    private final CompositionStore store;
    private final CompositionEdition edition;
    private final PublicationManagement publications;
    private final PublicationQueries queries;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CompositionPublishing(CompositionStore store, CompositionEdition edition, PublicationManagement publications,
            PublicationQueries queries, CurrentActor currentActor, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.edition = edition;
        this.publications = publications;
        this.queries = queries;
        this.currentActor = currentActor;
        this.events = events;
        this.clock = clock;
    }

    /** The series a composition may be published in: the magazines. */
    public List<SeriesView> series() {
        return queries.seriesByKind(SeriesKind.MAGAZINE);
    }

    /** The magazine whose English title names the kind ("ANSO Outreach" for OUTREACH), if there is one. */
    public Optional<SeriesView> defaultSeries(CompositionKind kind) {
        String word = kind.name().toLowerCase(Locale.ROOT);
        return series().stream().filter(s -> s.title().in(Locale.ENGLISH).toLowerCase(Locale.ROOT).contains(word)).findFirst();
    }

    /** The number after the series' highest, the first for an empty series. */
    public int nextNumber(UUID seriesId) {
        return queries.allIssues(seriesId).stream().mapToInt(IssueView::number).max().orElse(0) + 1;
    }

    public UUID publish(UUID compositionId, UUID seriesId, Integer number, LocalDate date) {
        return publish(compositionId, seriesId, number, date, currentActor.get());
    }

    public UUID publish(UUID compositionId, UUID seriesId, Integer number, LocalDate date, Actor actor) {
        Composition composition = store.lock(compositionId).orElseThrow(() -> new NotFoundException("composition " + compositionId));
        List<Violation> problems = new ArrayList<>();
        if (composition.issueId() != null) {
            throw new InvalidInputException(null, "publications.composition.error.alreadyPublished");
        }
        if (seriesId == null || series().stream().noneMatch(s -> s.id().equals(seriesId))) {
            problems.add(new Violation("series", "publications.composition.error.series"));
        }
        if (number == null || number < 1) {
            problems.add(new Violation("number", "publications.composition.error.number"));
        }
        if (date == null) {
            problems.add(new Violation("date", "publications.composition.error.date"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        CompositionEdition.Edition english = edition.of(composition, Locale.ENGLISH);
        List<String> links = english.items().stream().filter(item -> !item.hidden()).map(item -> item.pick().ref().toString()).toList();
        UUID issueId = publications.draftIssue(seriesId, new IssueCommand(number, null, date, composition.title(),
                composition.editorial(), List.of(), List.of(), List.of(), links, AccessPolicy.PUBLIC, null, List.of(), List.of()),
                composition.illustrative(), actor);
        for (String language : composition.title().values().keySet().stream().sorted(Comparator.naturalOrder()).toList()) {
            byte[] pdf = edition.pdf(composition, Locale.forLanguageTag(language));
            publications.attach(issueId, language, fileName(composition, language), new ByteArrayInputStream(pdf), actor);
        }
        publications.publish(issueId, actor);
        store.published(compositionId, issueId, clock.instant());
        events.publishEvent(new CompositionChanged(actor, "composition.published", compositionId.toString(), issueId.toString()));
        return issueId;
    }

    private static String fileName(Composition composition, String language) {
        return "anso-" + composition.kind().name().toLowerCase(Locale.ROOT) + "-" + composition.year() + "-"
                + composition.number() + "-" + language + ".pdf";
    }
}
