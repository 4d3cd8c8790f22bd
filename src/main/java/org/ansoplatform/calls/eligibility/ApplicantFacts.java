package org.ansoplatform.calls.eligibility;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the rules look at, taken from an application. Any field may be null, since a draft may be incomplete;
 * a rule that needs a missing fact fails with a reason saying so.
 *
 * @param birthDate           the applicant's date of birth
 * @param nationality         ISO 3166-1 alpha-2 code (upper-cased and stripped here)
 * @param highestDegree       the highest degree held or expected
 * @param degreeDate          the date that degree was or is expected to be obtained
 * @param documentTypes       types of the documents uploaded (such as language-certificate)
 * @param languageCertificate the kind of language certificate declared (such as IELTS; upper-cased here)
 * @param currentAwardee      whether the applicant currently holds an ANSO award
 */
public record ApplicantFacts(LocalDate birthDate, String nationality, Degree highestDegree, LocalDate degreeDate,
        Set<String> documentTypes, String languageCertificate, boolean currentAwardee) {

    public ApplicantFacts {
        nationality = upper(nationality);
        languageCertificate = upper(languageCertificate);
        if (documentTypes != null) {
            TreeSet<String> types = new TreeSet<>();
            for (String type : documentTypes) {
                if (type != null && !type.isBlank()) {
                    types.add(type.strip());
                }
            }
            documentTypes = Collections.unmodifiableSet(types);
        }
    }

    /** Facts with nothing known, as for a draft just created. */
    public static ApplicantFacts none() {
        return new ApplicantFacts(null, null, null, null, null, null, false);
    }

    /** True when a document of this type was uploaded. */
    public boolean hasDocument(String type) {
        return documentTypes != null && documentTypes.contains(type);
    }

    private static String upper(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.strip().toUpperCase(Locale.ROOT);
    }
}
