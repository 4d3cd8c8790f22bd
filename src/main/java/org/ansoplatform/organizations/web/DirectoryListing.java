package org.ansoplatform.organizations.web;

import java.text.Collator;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationStatus;
import org.ansoplatform.organizations.OrganizationType;
import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.shared.CountryCode;
import org.ansoplatform.shared.PageRequest;
import org.ansoplatform.shared.PageResult;
import org.springframework.stereotype.Component;

/**
 * The filtered, paged list that the public directory and the secretariat's list share. Pages are lenient:
 * a filter value that names nothing is ignored rather than refused (the API refuses it).
 */
@Component
class DirectoryListing {

    static final int PAGE_SIZE = 20;

    /** A country in a select: its code and its name in the reader's language. */
    public record CountryOption(String code, String name) {
    }

    /** What the list template shows: the filters as applied and one page of the result. */
    public record Listing(String path, boolean admin, String q, String country, String type, String status,
            PageResult<OrganizationView> result, List<CountryOption> countries, List<OrganizationType> types,
            List<OrganizationStatus> statuses) {
    }

    private final OrganizationQueries queries;

    DirectoryListing(OrganizationQueries queries) {
        this.queries = queries;
    }

    Listing list(String path, boolean admin, DirectoryFilter filter, Locale locale) {
        OrganizationQueries.Filter query = filter.toQuery();
        PageResult<OrganizationView> result = queries.search(query, new PageRequest(filter.pageNumber(), PAGE_SIZE));
        return new Listing(path, admin, query.q(), query.country() == null ? null : query.country().code(),
                query.type() == null ? null : query.type().name(), query.status() == null ? null : query.status().name(),
                result, countryOptions(queries.countries(), locale), Arrays.asList(OrganizationType.values()),
                Arrays.asList(OrganizationStatus.values()));
    }

    /** Countries by their name in the reader's language (pinyin order for Chinese). */
    static List<CountryOption> countryOptions(Collection<CountryCode> countries, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return countries.stream()
                .map(c -> new CountryOption(c.code(), c.displayName(locale)))
                .sorted(Comparator.comparing(CountryOption::name, collator))
                .toList();
    }
}
