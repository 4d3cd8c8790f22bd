package org.ansoplatform.publications.series;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.ansoplatform.publications.PublicationAccess;
import org.ansoplatform.publications.PublicationsPaths;
import org.ansoplatform.shared.Reader;
import org.ansoplatform.shared.RecordRef;
import org.ansoplatform.shared.RecordSource;
import org.ansoplatform.shared.RecordView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Series and issues as links for figures and other modules: a series to everyone; an issue to those who may open
 * it, by its title only (no link) where its policy shows the title, and otherwise hidden: a figure counting restricted
 * reports never names them. A named issue carries its date and its series' title for a report's list.
 */
@Component
@Transactional(readOnly = true)
class SeriesRecords implements RecordSource {

    private final SeriesStore series;
    private final IssueStore issues;
    private final PublicationAccess access;

    SeriesRecords(SeriesStore series, IssueStore issues, PublicationAccess access) {
        this.series = series;
        this.issues = issues;
        this.access = access;
    }

    @Override
    public String module() {
        return PublicationsPaths.MODULE;
    }

    @Override
    public Set<String> types() {
        return Set.of(PublicationsPaths.SERIES, PublicationsPaths.ISSUE);
    }

    @Override
    public Map<RecordRef, RecordView> describe(Collection<RecordRef> refs, Reader reader, Locale locale) {
        Map<RecordRef, RecordView> views = new LinkedHashMap<>();
        for (RecordRef ref : refs) {
            if (ref.type().equals(PublicationsPaths.SERIES)) {
                series.byId(ref.id()).ifPresent(s -> views.put(ref, RecordView.of(ref, s.title().in(locale),
                        PublicationsPaths.series(s.id()))));
            } else if (ref.type().equals(PublicationsPaths.ISSUE)) {
                issues.byId(ref.id()).ifPresent(i -> series.byId(i.seriesId()).ifPresent(s -> {
                    String title = s.numbered(i.number()) + " — " + i.title().in(locale);
                    if (access.mayRead(s, i, reader)) {
                        views.put(ref, RecordView.of(ref, title, PublicationsPaths.issue(i.id()))
                                .dated(i.date(), s.title().in(locale)).illustrative(i.illustrative()));
                    } else if (access.mayKnowTitle(s, i, reader)) {
                        views.put(ref, new RecordView(ref, title, null, true).dated(i.date(), s.title().in(locale))
                                .illustrative(i.illustrative()));
                    } else {
                        views.put(ref, RecordView.hidden(ref));
                    }
                }));
            }
        }
        return views;
    }
}
