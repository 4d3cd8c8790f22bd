package org.ansoplatform.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.Records;
import org.ansoplatform.shared.Figure;
import org.ansoplatform.shared.FigureSource;
import org.ansoplatform.shared.PageRequest;
import org.ansoplatform.shared.PageResult;
import org.ansoplatform.shared.Reader;
import org.ansoplatform.shared.RecordRef;
import org.ansoplatform.shared.RecordView;
import org.springframework.stereotype.Service;

/**
 * The figures of a year across modules, one figure by key, and the records it counts as the reader may see them.
 * Every {@link FigureSource} bean is collected; a module's figures are computed when asked (as of the call), so
 * nothing here is stored or cached.
 */
@Service
public class FigureQueries {

    /** The years a figure may be asked for: anything else is a typing error, refused with a message. */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2100;

    private final List<FigureSource> sources;
    private final Records records;

    FigureQueries(List<FigureSource> sources, Records records) {
        this.sources = sources.stream().sorted(Comparator.comparing(FigureSource::module)).toList();
        this.records = records;
    }

    /** One module's figures of the year, in the order the module gives them. */
    public record ModuleFigures(String module, List<Figure> figures) {
    }

    /**
     * The records a figure (or one part of it) counts, as the reader may see them: the visible ones paged, and how
     * many of the rest the reader may not see (never which).
     */
    public record RecordPage(Figure figure, Figure.Part part, PageResult<RecordView> visible, long hidden) {
    }

    /** Every module's figures of the year, modules by name. */
    public List<ModuleFigures> ofYear(int year) {
        check(year);
        List<ModuleFigures> result = new ArrayList<>();
        for (FigureSource source : sources) {
            result.add(new ModuleFigures(source.module(), source.figures(year)));
        }
        return result;
    }

    /** The figure of the year with this key; a key no module offers is not found. */
    public Figure figure(String key, int year) {
        check(year);
        String module = key == null ? "" : key.split("\\.", 2)[0];
        return sources.stream().filter(source -> source.module().equals(module))
                .flatMap(source -> source.figures(year).stream())
                .filter(figure -> figure.key().equals(key)).findFirst()
                .orElseThrow(() -> new NotFoundException("figure " + key));
    }

    /**
     * The records the figure counts, or those of one part of its breakdown ({@code part} a part's code; null or
     * blank for all), described for the reader; an unknown part is not found.
     */
    public RecordPage records(String key, int year, String part, Reader reader, Locale locale, PageRequest page) {
        Figure figure = figure(key, year);
        Figure.Part chosen = null;
        List<RecordRef> refs = figure.records();
        if (part != null && !part.isBlank()) {
            chosen = figure.parts().stream().filter(candidate -> candidate.code().equals(part.strip())).findFirst()
                    .orElseThrow(() -> new NotFoundException("part " + part + " of figure " + key));
            refs = chosen.records();
        }
        List<RecordView> views = records.describe(refs, reader, locale);
        List<RecordView> visible = views.stream().filter(RecordView::visible).toList();
        int from = (int) Math.min(page.offset(), visible.size());
        int to = Math.min(from + page.size(), visible.size());
        return new RecordPage(figure, chosen, new PageResult<>(visible.subList(from, to), page.page(), page.size(), visible.size()),
                views.size() - visible.size());
    }

    private static void check(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidInputException("year", "figures.error.year");
        }
    }
}
