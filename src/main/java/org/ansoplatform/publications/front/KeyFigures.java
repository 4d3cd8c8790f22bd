package org.ansoplatform.publications.front;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.ansoplatform.figures.FigureQueries;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.Records;
import org.ansoplatform.shared.Figure;
import org.ansoplatform.shared.Reader;
import org.ansoplatform.shared.RecordRef;
import org.ansoplatform.shared.RecordView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The front page's key figures of a year, read through the figures interface (so they are the numbers the
 * Secretariat's figures page reports) and kept for a short while ({@code anso.publications.front.figures-cache},
 * a minute by default, measured on the platform's clock): computing them asks four modules, which the front page
 * cannot afford on every request. A figure no module offers is left out. Organizations and projects are counted as
 * the public may see them (through {@code platform.Records} for an anonymous reader), so the number equals what its
 * link lists; people (awardees, trainees) are a number only. The numbers do not depend on the
 * reader's language (the page names them), so one entry per year serves every language.
 */
@Component
public class KeyFigures {

    /** Which figure, what it links to (a public list of the records it counts), by the year shown. */
    public enum Shown {
        MEMBERS("organizations.members", "/directory?status=MEMBER", true),
        AWARDEES("calls.awardees", "/calls", false),
        TRAINEES("meetings.trainees", "/meetings?year=", false),
        PROJECTS("projects.active", "/projects?year=", true);

        private final String key;
        private final String path;
        private final boolean publicRecords;

        /**
         * {@code publicRecords}: the figure counts records the public may open (organizations, projects), so the
         * page counts those the public may see, as its link lists them; otherwise it counts people (awardees,
         * trainees), shown as a number only, never who.
         */
        Shown(String key, String path, boolean publicRecords) {
            this.key = key;
            this.path = path;
            this.publicRecords = publicRecords;
        }

        public String key() {
            return key;
        }

        String path(int year) {
            return path.endsWith("=") ? path + year : path;
        }
    }

    /**
     * One figure as the front page shows it: its count, the countries of its breakdown (zero when it has none by
     * country) and the public page listing what it counts.
     */
    public record KeyFigure(Shown shown, long count, long countries, String path) {

        public String name() {
            return shown.name().toLowerCase(Locale.ROOT);
        }
    }

    private record Entry(List<KeyFigure> figures, Instant until) {
    }

    private final FigureQueries figures;
    private final Records records;
    private final Clock clock;
    private final Duration expiry;
    private final ConcurrentHashMap<Integer, Entry> cache = new ConcurrentHashMap<>();

    KeyFigures(FigureQueries figures, Records records, Clock clock,
            @Value("${anso.publications.front.figures-cache:PT1M}") Duration expiry) {
        this.figures = figures;
        this.records = records;
        this.clock = clock;
        this.expiry = expiry;
    }

    /** The year's key figures, from the cache while it is fresh. */
    public List<KeyFigure> of(int year) {
        Instant now = clock.instant();
        Entry entry = cache.get(year);
        if (entry == null || !now.isBefore(entry.until())) {
            entry = new Entry(compute(year), now.plus(expiry));
            cache.put(year, entry);
        }
        return entry.figures();
    }

    /** Forgets every year's figures (tests, and whoever knows the records just changed). */
    public void evict() {
        cache.clear();
    }

    private List<KeyFigure> compute(int year) {
        List<KeyFigure> result = new ArrayList<>();
        for (Shown shown : Shown.values()) {
            try {
                Figure figure = figures.figure(shown.key(), year);
                if (shown.publicRecords) {
                    Set<RecordRef> visible = records.describe(figure.records(), Reader.anonymous(), Locale.ROOT).stream()
                            .filter(RecordView::visible).map(RecordView::ref).collect(Collectors.toSet());
                    long countries = figure.parts().stream().filter(part -> part.kind() == Figure.Part.Kind.COUNTRY)
                            .filter(part -> part.records().stream().anyMatch(visible::contains)).count();
                    result.add(new KeyFigure(shown, visible.size(), countries, shown.path(year)));
                } else {
                    long countries = figure.parts().stream().filter(part -> part.kind() == Figure.Part.Kind.COUNTRY).count();
                    result.add(new KeyFigure(shown, figure.count(), countries, shown.path(year)));
                }
            } catch (NotFoundException absent) {
                // the module that offers it is not part of this platform: the page shows the others
            }
        }
        return List.copyOf(result);
    }
}
