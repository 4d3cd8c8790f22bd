package org.ansoplatform.figures.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.ansoplatform.figures.FigureQueries;

/** The year chooser of the figures page and API; no year means the last complete year. */
record YearForm(@Min(value = FigureQueries.FIRST_YEAR, message = "{figures.error.year}")
        @Max(value = FigureQueries.LAST_YEAR, message = "{figures.error.year}") Integer year) {

    int yearOr(int fallback) {
        return year == null ? fallback : year;
    }
}
