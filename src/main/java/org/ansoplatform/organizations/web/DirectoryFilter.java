package org.ansoplatform.organizations.web;

import java.util.Locale;

import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationStatus;
import org.ansoplatform.organizations.OrganizationType;
import org.ansoplatform.shared.CountryCode;

/**
 * The directory's filters as typed query parameters. Pages are lenient: a value of the wrong type is left out by
 * the binder (the handler ignores its binding errors) and an unknown country is ignored; the API refuses both.
 */
public record DirectoryFilter(String q, String country, OrganizationType type, OrganizationStatus status,
        Integer page) {

    /** The country, when it is a known code. */
    CountryCode countryCode() {
        return countryGiven() && CountryCode.isValid(country.strip().toUpperCase(Locale.ROOT))
                ? CountryCode.parse(country) : null;
    }

    boolean countryGiven() {
        return country != null && !country.isBlank();
    }

    OrganizationQueries.Filter toQuery() {
        return new OrganizationQueries.Filter(q, countryCode(), type, status);
    }

    int pageNumber() {
        return page == null ? 0 : Math.max(0, page);
    }
}
