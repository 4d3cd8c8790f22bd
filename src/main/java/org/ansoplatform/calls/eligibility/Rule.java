package org.ansoplatform.calls.eligibility;

/**
 * One eligibility rule of a call. Rules are data: a call stores its list of rules as JSON (see
 * {@link Eligibility#fromJson} and {@link Eligibility#toJson}) and evaluates them against the facts of an
 * application on submission and whenever the Secretariat re-evaluates.
 */
public sealed interface Rule permits AgeLimit, DegreeBy, Nationality, DocumentsPresent, LanguageCertificate,
        NotCurrentAwardee, AllOf, AnyOf, Not, WithReason {

    /** Stable id of the rule within its call, such as age; used in results and overrides. */
    String id();

    /**
     * Evaluates the rule; never throws for facts with missing fields (a missing fact fails with a reason of
     * its own). Facts must not be null: {@link Eligibility#evaluate} substitutes {@link ApplicantFacts#none()}.
     */
    RuleOutcome evaluate(ApplicantFacts facts);
}
