package org.ansoplatform.meetings.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.ansoplatform.meetings.MeetingKind;
import org.ansoplatform.meetings.MeetingQueries;
import org.ansoplatform.meetings.MeetingView;
import org.ansoplatform.shared.CountryCode;
import org.ansoplatform.shared.PageRequest;
import org.ansoplatform.shared.PageResult;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** The filtered list that the public pages and the Secretariat's list share. Pages are lenient: a filter they cannot read is ignored. */
@Component
class MeetingListing {

    public record CountryOption(String code, String name) {
    }

    /** One month of the calendar view. */
    public record Month(int year, int month, List<MeetingView> meetings) {
    }

    public record Listing(String path, boolean admin, Integer year, String kind, String organizer, String country,
            Integer theme, PageResult<MeetingView> result, List<Integer> years, List<MeetingKind> kinds,
            List<CountryOption> countries, List<Integer> themes, MeetingQueries.Filter.Period period) {

        /** The list of the given period ("upcoming" or "past") with the other filters kept, but not the year. */
        public String periodUrl(String when) {
            return filters(UriComponentsBuilder.fromPath(path).queryParam("when", when)).build().encode().toUriString();
        }

        public String calendarUrl() {
            return query(UriComponentsBuilder.fromPath("/meetings/calendar")).build().encode().toUriString();
        }

        public String listUrl() {
            return query(UriComponentsBuilder.fromPath("/meetings")).build().encode().toUriString();
        }

        private UriComponentsBuilder query(UriComponentsBuilder builder) {
            if (year != null) {
                builder.queryParam("year", year);
            }
            return filters(builder);
        }

        /** The filters other than the year, which a period's list leaves out. */
        private UriComponentsBuilder filters(UriComponentsBuilder builder) {
            if (kind != null) {
                builder.queryParam("kind", kind);
            }
            if (organizer != null) {
                builder.queryParam("organizer", organizer);
            }
            if (country != null) {
                builder.queryParam("country", country);
            }
            if (theme != null) {
                builder.queryParam("theme", theme);
            }
            return builder;
        }
    }

    static final int PAGE_SIZE = 20;

    private final MeetingQueries queries;
    private final Clock clock;

    MeetingListing(MeetingQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    Listing list(String path, boolean admin, MeetingFilter filter, Locale locale) {
        MeetingQueries.Filter query = filter.toQuery(admin).in(filter.shownPeriod(), LocalDate.now(clock));
        PageResult<MeetingView> result = queries.search(query, PageRequest.of(filter.page(), PAGE_SIZE));
        return listing(path, admin, query, result, locale);
    }

    Listing listing(String path, boolean admin, MeetingQueries.Filter filter, PageResult<MeetingView> result, Locale locale) {
        List<CountryOption> countries = queries.countries().stream()
                .filter(CountryCode::isValid)
                .map(code -> new CountryOption(code, new CountryCode(code).displayName(locale)))
                .sorted(Comparator.comparing(CountryOption::name))
                .toList();
        return new Listing(path, admin, filter.year(), filter.kind() == null ? null : filter.kind().name(),
                filter.organizer(), filter.country(), filter.theme(), result, queries.years(),
                List.of(MeetingKind.values()), countries, IntStream.rangeClosed(1, 17).boxed().toList(), filter.period());
    }

    /** The meetings grouped by the month they start in. */
    static List<Month> months(List<MeetingView> meetings) {
        TreeMap<Integer, List<MeetingView>> byMonth = new TreeMap<>();
        for (MeetingView m : meetings) {
            byMonth.computeIfAbsent(m.startDate().getYear() * 100 + m.startDate().getMonthValue(), k -> new java.util.ArrayList<>()).add(m);
        }
        return byMonth.entrySet().stream().map(e -> new Month(e.getKey() / 100, e.getKey() % 100, e.getValue())).toList();
    }

    /** Every country by its name in the language, computed once per language (the registration form shows them all). */
    private static final Map<Locale, List<CountryOption>> COUNTRY_OPTIONS = new ConcurrentHashMap<>();

    static List<CountryOption> countryOptions(Locale locale) {
        return COUNTRY_OPTIONS.computeIfAbsent(locale, language -> CountryCode.all().stream()
                .map(code -> new CountryOption(code, new CountryCode(code).displayName(language)))
                .sorted(Comparator.comparing(CountryOption::name))
                .toList());
    }
}
