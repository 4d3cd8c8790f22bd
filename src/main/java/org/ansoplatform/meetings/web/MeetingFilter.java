package org.ansoplatform.meetings.web;

import java.util.Locale;

import org.ansoplatform.meetings.MeetingKind;
import org.ansoplatform.meetings.MeetingQueries;
import org.ansoplatform.shared.CountryCode;

/**
 * The list's and calendar's filters as typed query parameters. Pages are lenient: a value of the wrong type is
 * left out by the binder (the handler ignores its binding errors), and an unknown country or theme is ignored.
 */
public record MeetingFilter(Integer year, MeetingKind kind, String organizer, String country, Integer theme,
        Integer page, MeetingQueries.Filter.Period when) {

    /**
     * What the list pages show: meetings not yet over, soonest first, unless past ones are asked for; a chosen
     * year shows all of that year's.
     */
    MeetingQueries.Filter.Period shownPeriod() {
        return when != null ? when : year != null ? null : MeetingQueries.Filter.Period.UPCOMING;
    }

    /** The filter as the queries take it; {@code admin} includes unpublished meetings. */
    MeetingQueries.Filter toQuery(boolean admin) {
        return toQuery(year, admin);
    }

    MeetingQueries.Filter toQuery(Integer shownYear, boolean admin) {
        String code = country != null && CountryCode.isValid(country.strip().toUpperCase(Locale.ROOT))
                ? country.strip().toUpperCase(Locale.ROOT) : null;
        return new MeetingQueries.Filter(shownYear, kind, organizer, code, validTheme() ? theme : null, admin);
    }

    /** Whether the theme, if given, is one of the 17 SDGs. */
    boolean validTheme() {
        return theme == null || theme >= 1 && theme <= 17;
    }
}
