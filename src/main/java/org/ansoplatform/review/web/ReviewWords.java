package org.ansoplatform.review.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ansoplatform.review.panels.AssignmentQueries;
import org.ansoplatform.review.panels.ReviewerPool.Field;
import org.ansoplatform.shared.CountryCode;

/**
 * How the review pages name things for an admissions officer rather than for the solver: a reviewer with
 * institution and country (“Lucía Fernández (Universidad de Chile, Chile)”), so two people of one name are told
 * apart; fields by name rather than code; affinity as the message key of “exact field”, “same area” or “other”.
 */
public final class ReviewWords {

    private ReviewWords() {
    }

    public static String who(String name, String institution, String country, Locale locale) {
        List<String> where = new ArrayList<>();
        if (institution != null && !institution.isBlank()) {
            where.add(institution.strip());
        }
        String countryName = CountryCode.name(country, locale);
        if (!countryName.isEmpty()) {
            where.add(countryName);
        }
        return where.isEmpty() ? name : name + " (" + String.join(", ", where) + ")";
    }

    /** The message key of an affinity: 1.0 the exact field, 0.4 the same area, anything lower another field (a pin). */
    public static String affinity(double affinity) {
        if (affinity >= AssignmentQueries.EXACT_FIELD) {
            return "review.affinity.exact";
        }
        return affinity >= AssignmentQueries.SAME_AREA ? "review.affinity.area" : "review.affinity.other";
    }

    /** Field codes as their names in the reader's language, joined; a code the list does not know stays a code. */
    public static String fieldNames(List<String> codes, List<Field> fields, Locale locale) {
        if (codes == null || codes.isEmpty()) {
            return "";
        }
        Map<String, Field> byCode = fields.stream().collect(Collectors.toMap(Field::code, Function.identity(), (a, b) -> a));
        return codes.stream().map(code -> byCode.containsKey(code) ? byCode.get(code).name().in(locale) : code)
                .collect(Collectors.joining(", "));
    }
}
