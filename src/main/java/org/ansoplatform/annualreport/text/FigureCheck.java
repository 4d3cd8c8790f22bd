package org.ansoplatform.annualreport.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ansoplatform.figures.FigureQueries;
import org.ansoplatform.figures.FigureRef;
import org.springframework.stereotype.Component;

/**
 * Checks what editors write against the live figures: every placeholder of a text (or reference of a block) must name
 * a value. Resolves all of them at once (one pass per module, scope and year) and answers each bad one as written.
 */
@Component
public class FigureCheck {

    private final FigureQueries figures;

    FigureCheck(FigureQueries figures) {
        this.figures = figures;
    }

    /** The bad placeholders of the texts, each as written between braces, with what is wrong ("{x.y}: no such figure"). */
    public List<Bad> texts(Collection<String> texts, int year) {
        List<Bad> bad = new ArrayList<>();
        Set<FigureRef> refs = new LinkedHashSet<>();
        for (String text : texts) {
            Placeholders.malformed(text).forEach(written -> bad.add(new Bad("{" + written + "}", Problem.MALFORMED)));
            refs.addAll(Placeholders.refs(text));
        }
        bad.addAll(resolve(refs, year));
        return bad;
    }

    /** The bad references of a block's settings, as written. */
    public List<Bad> refs(Collection<String> written, int year) {
        List<Bad> bad = new ArrayList<>();
        Set<FigureRef> refs = new LinkedHashSet<>();
        for (String text : written) {
            FigureRef.parse(text).ifPresentOrElse(refs::add, () -> bad.add(new Bad(text, Problem.MALFORMED)));
        }
        bad.addAll(resolve(refs, year));
        return bad;
    }

    private List<Bad> resolve(Set<FigureRef> refs, int year) {
        if (refs.isEmpty()) {
            return List.of();
        }
        Map<FigureRef, FigureQueries.Resolved> resolved = figures.resolve(refs, year);
        return resolved.values().stream().filter(r -> !r.ok())
                .map(r -> new Bad("{" + r.ref() + "}", Problem.valueOf(r.problem().name()))).toList();
    }

    /** Why a placeholder names nothing; the message key is {@code annualreport.problem.NAME}. */
    public enum Problem {
        MALFORMED, UNKNOWN_FIGURE, UNKNOWN_SCOPE, UNKNOWN_PART, YEAR
    }

    public record Bad(String written, Problem problem) {
    }
}
