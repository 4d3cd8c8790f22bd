package org.ansoplatform.governance;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.ansoplatform.shared.RecordRef;

/**
 * Implemented by a module whose records the Board or the Assembly decides (a budget plan, an agreement, an edition
 * of the annual report): one bean per module or per record type. Governance offers its subjects in a session's
 * decision form, checks a chosen one through {@link #subject}, records the decision and calls {@link #apply} in
 * the same transaction, so the decision and its effect commit together or not at all; governance never imports
 * the module.
 */
@org.springframework.modulith.NamedInterface("decisions")
public interface DecisionSubjectSource {

    /** The module whose records this source offers, as in {@link RecordRef#module()}. */
    String module();

    /** What a decision can be about now, titled in {@code locale}, with the bodies that may decide each. */
    List<DecisionSubject> subjects(Locale locale);

    /** One of {@link #subjects}, or empty when a decision cannot be about it now (decided already, unknown). */
    Optional<DecisionSubject> subject(RecordRef ref, Locale locale);

    /**
     * Applies a recorded decision to its subject, inside the decision's transaction. Refusing with
     * {@code platform.InvalidInputException} (or failing in any way) rolls back the decision and its event too.
     */
    void apply(RecordRef subject, DecisionTaken decision);
}
