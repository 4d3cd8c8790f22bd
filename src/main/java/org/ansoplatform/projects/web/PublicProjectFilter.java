package org.ansoplatform.projects.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.projects.ProjectStatus;
import org.ansoplatform.projects.ProjectTheme;
import org.ansoplatform.projects.PublicProjectQueries;
import org.ansoplatform.shared.CountryCode;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The directory's filters as typed query parameters. The page is lenient (a value it cannot read is left out, so
 * old links keep working); the API refuses it with a message per parameter.
 */
public record PublicProjectFilter(ProjectStatus status, String country, Integer sdg, ProjectTheme theme, Integer year,
        Integer page) {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;

    public String countryCode() {
        String code = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        return CountryCode.isValid(code) ? code : null;
    }

    boolean validSdg() {
        return sdg == null || sdg >= 1 && sdg <= 17;
    }

    boolean validYear() {
        return year == null || year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** The filter as the queries take it, leaving out what cannot be read. */
    PublicProjectQueries.Filter toQuery() {
        return new PublicProjectQueries.Filter(status, countryCode(), validSdg() ? sdg : null, theme,
                validYear() ? year : null);
    }

    /** What the API refuses: values of the wrong type, an unknown country, a goal or year out of range. */
    List<Violation> violations(BindingResult binding) {
        List<Violation> violations = new ArrayList<>();
        for (FieldError error : binding.getFieldErrors()) {
            violations.add(new Violation(error.getField(), switch (error.getField()) {
                case "status" -> "projects.public.error.status";
                case "theme" -> "projects.public.error.theme";
                case "sdg" -> "projects.public.error.sdg";
                case "year" -> "projects.public.error.year";
                case "country" -> "validation.country";
                default -> "validation.wholeNumber";
            }));
        }
        if (binding.getFieldError("country") == null && country != null && !country.isBlank() && countryCode() == null) {
            violations.add(new Violation("country", "validation.country"));
        }
        if (binding.getFieldError("sdg") == null && !validSdg()) {
            violations.add(new Violation("sdg", "projects.public.error.sdg"));
        }
        if (binding.getFieldError("year") == null && !validYear()) {
            violations.add(new Violation("year", "projects.public.error.year"));
        }
        return violations;
    }
}
