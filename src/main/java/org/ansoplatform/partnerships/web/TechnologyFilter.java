package org.ansoplatform.partnerships.web;

import java.util.Locale;

import org.ansoplatform.partnerships.TechnologyKind;
import org.ansoplatform.partnerships.TechnologyQueries;
import org.ansoplatform.partnerships.TechnologySector;
import org.ansoplatform.shared.CountryCode;

/** The public list's filters as typed; a value the page cannot read is left out, so old links keep working. */
public record TechnologyFilter(TechnologyKind kind, String q, TechnologySector sector, Integer trl, String country, Integer sdg,
        Integer page) {

    public String countryCode() {
        String code = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        return CountryCode.isValid(code) ? code : null;
    }

    TechnologyQueries.Filter toQuery() {
        return new TechnologyQueries.Filter(kind, q == null || q.isBlank() ? null : q.strip(), sector,
                trl != null && trl >= 1 && trl <= 9 ? trl : null, countryCode(), sdg != null && sdg >= 1 && sdg <= 17 ? sdg : null);
    }

    int pageNumber() {
        return page == null ? 0 : Math.max(0, page);
    }
}
