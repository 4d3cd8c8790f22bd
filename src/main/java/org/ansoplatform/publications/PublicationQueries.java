package org.ansoplatform.publications;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ansoplatform.publications.series.IssueStore;
import org.ansoplatform.publications.series.MissedIssues;
import org.ansoplatform.publications.series.SeriesStore;
import org.ansoplatform.shared.Reader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of series and issues for pages and other modules, each filtered by what the reader may see
 * ({@link PublicationAccess}); a restricted item the reader may not open is left out, title and all, unless its
 * policy shows the title.
 */
@Component
@Transactional(readOnly = true)
public class PublicationQueries {

    /** An issue the reader may open, with its series. */
    public record Readable(SeriesView series, IssueView issue) {
    }

    /** A published issue in a list: {@code open} false for a title shown without access to the item. */
    public record Listed(SeriesView series, IssueView issue, boolean open) {
    }

    /** Lists read published issues a page at a time, skipping what the reader may not see, up to this many. */
    static final int SCAN = 5_000, PAGE = 100;

    private final SeriesStore series;
    private final IssueStore issues;
    private final PublicationAccess access;
    private final Clock clock;

    PublicationQueries(SeriesStore series, IssueStore issues, PublicationAccess access, Clock clock) {
        this.series = series;
        this.issues = issues;
        this.access = access;
        this.clock = clock;
    }

    /** The latest issues the reader may see, newest first, in the reader's language (the front page's list). */
    public List<IssueCard> latest(int limit, Reader reader, Locale locale) {
        // an issue dated after today is not news yet: it waits for its date
        return published(null, null, LocalDate.now(clock), reader, limit).stream().filter(Listed::open).map(l -> card(l, locale)).toList();
    }

    public IssueCard card(Listed l, Locale locale) {
        return new IssueCard(l.issue().id(), l.series().id(), l.series().title().in(locale), l.series().numbered(l.issue().number()),
                l.issue().title().in(locale), l.issue().date(), PublicationsPaths.issue(l.issue().id()));
    }

    /** The series of a kind, oldest first: part N finds the newsletter series with {@code NEWSLETTER}. */
    public List<SeriesView> seriesByKind(SeriesKind kind) {
        return series.byKind(kind);
    }

    public List<SeriesView> allSeries() {
        return series.all();
    }

    public Optional<SeriesView> series(UUID id) {
        return id == null ? Optional.empty() : series.byId(id);
    }

    /** The series the reader edits: all of them for the Secretariat, those naming them otherwise. */
    public List<SeriesView> editedBy(Reader reader) {
        return series.all().stream().filter(s -> access.editor(s, reader)).toList();
    }

    /** The issue, if it exists, whoever asks: for editors' pages, which check the editor themselves. */
    public Optional<Readable> any(UUID id) {
        return issues.byId(id).map(i -> new Readable(series.byId(i.seriesId()).orElseThrow(), i));
    }

    /** The issue, if the reader may open it. */
    public Optional<Readable> readable(UUID id, Reader reader) {
        return any(id).filter(r -> access.mayRead(r.series(), r.issue(), reader));
    }

    /**
     * Published issues, newest first, of one series or all (null) and one year or all (null), that the reader may
     * open or whose title is public.
     */
    public List<Listed> published(UUID seriesId, Integer year, Reader reader, int limit) {
        return published(seriesId, year, null, reader, limit);
    }

    private List<Listed> published(UUID seriesId, Integer year, LocalDate until, Reader reader, int limit) {
        Map<UUID, SeriesView> byId = series.all().stream().collect(Collectors.toMap(SeriesView::id, Function.identity()));
        List<Listed> found = new ArrayList<>();
        Optional<UUID> delegateOf = access.delegate(reader);
        for (int offset = 0; offset < SCAN && found.size() < limit; offset += PAGE) {
            List<IssueView> page = issues.published(seriesId, year, until, offset, PAGE);
            for (IssueView i : page) {
                SeriesView s = byId.get(i.seriesId());
                if (access.mayRead(s, i, reader, delegateOf)) {
                    found.add(new Listed(s, i, true));
                } else if (access.mayKnowTitle(s, i, reader)) {
                    found.add(new Listed(s, i, false));
                }
                if (found.size() >= limit) {
                    break;
                }
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        return found;
    }

    /** The issue with its files (lists carry none). */
    public IssueView withFiles(IssueView issue) {
        return issues.withFiles(issue);
    }

    /** Every issue of the series by number, drafts included: the editors' list. */
    public List<IssueView> allIssues(UUID seriesId) {
        return issues.ofSeries(seriesId);
    }

    /** Public items only, whoever asks (feeds and the public DOI records). */
    public List<Listed> publicIssues(UUID seriesId, int limit) {
        return published(seriesId, null, Reader.anonymous(), limit).stream().filter(Listed::open).toList();
    }

    /** The expected dates of a weekly or monthly series with no issue, up to today (the editors' dashboard). */
    public List<LocalDate> missed(SeriesView s) {
        return MissedIssues.missed(s.cadence(), s.startDate(), s.endDate(), issues.dates(s.id()), LocalDate.now(clock));
    }

    public List<IssueStore.Opening> openings(UUID issueId) {
        return issues.openings(issueId, 200);
    }

    public List<IssueView> drafts(List<UUID> seriesIds) {
        return issues.drafts(seriesIds);
    }
}
