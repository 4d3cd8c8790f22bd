package org.ansoplatform.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Implemented by each module that has something to report for a year (the Annual Report, the figures page, the
 * front page read them): one bean per module, no access to its tables from outside. The figures are computed
 * as of the call and for everything the module holds, whoever asks; who may open which counted record is
 * decided afterwards through the records' {@link RecordSource}.
 */
public interface FigureSource {

    /** The module, as in {@link RecordRef#module()}; also the prefix of its figures' keys. */
    String module();

    /** The module's figures for the calendar year (in UTC unless the figure's definition says otherwise). */
    List<Figure> figures(int year);

    /**
     * The module's figures for the year narrowed to a scope, or empty when the module has no such scope kind or no
     * record of that value (the caller names the placeholder as unknown). Keys are the unscoped figures' keys; a
     * module returns only the figures the scope makes sense for.
     */
    default Optional<List<Figure>> figures(int year, FigureScope scope) {
        return Optional.empty();
    }

    /** The scope kinds this module understands, for example {@code call} and {@code programme}. */
    default List<String> scopeKinds() {
        return List.of();
    }

    /** The scopes an editor may choose from for the year (the calls whose deadline falls in it, the projects active in it). */
    default List<FigureScope.Choice> scopes(int year) {
        return List.of();
    }

    /** The first instant of the UTC year; a figure of the year counts what happened from it up to the next year’s. */
    static Instant startOf(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
