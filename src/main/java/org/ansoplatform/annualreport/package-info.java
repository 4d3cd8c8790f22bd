/**
 * The Annual Report (issue 24), generated from the platform's own records: editions of a year whose sections mix
 * the Secretariat's text in each language with figures, tables, record lists and charts computed through every
 * module's {@link org.ansoplatform.shared.FigureSource} (read through {@code figures}, never another module's
 * tables); every figure opens the records it counts as far as the reader may see them; a draft is live, the
 * Governing Board's decision (through {@code governance :: decisions}) freezes an edition that never changes
 * afterwards, and the frozen edition is published as an issue of the annual-report series in publications, as a web
 * edition and a print PDF in every configured language.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "files", "figures",
        "governance", "governance :: decisions", "publications"})
package org.ansoplatform.annualreport;
