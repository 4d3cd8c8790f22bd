package org.ansoplatform.governance.indexing;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.shared.RecordRef;

/**
 * How governance names the records it lets search find ({@code governance:session:ID}...). An article has no id
 * of its own (a version's articles are keyed by their number), so its reference is derived from its number: the
 * Statutes' Article 9 keeps one reference from version to version, and search replaces its text when an
 * amendment is adopted.
 */
public final class GovernanceRecords {

    public static final String MODULE = "governance";
    public static final String ASSOCIATION = "association";
    public static final String SESSION = "session";
    public static final String DECISION = "decision";
    public static final String AMENDMENT = "amendment";
    public static final String ARTICLE = "article";
    static final Set<String> TYPES = Set.of(ASSOCIATION, SESSION, DECISION, AMENDMENT, ARTICLE);

    private GovernanceRecords() {
    }

    public static RecordRef association(UUID id) {
        return RecordRef.of(MODULE, ASSOCIATION, id);
    }

    public static RecordRef session(UUID id) {
        return RecordRef.of(MODULE, SESSION, id);
    }

    public static RecordRef decision(UUID id) {
        return RecordRef.of(MODULE, DECISION, id);
    }

    public static RecordRef amendment(UUID id) {
        return RecordRef.of(MODULE, AMENDMENT, id);
    }

    /** The Statutes' article of this number, in whichever version is in force. */
    public static RecordRef article(String number) {
        return RecordRef.of(MODULE, ARTICLE, UUID.nameUUIDFromBytes(("statutes:article:" + number).getBytes(StandardCharsets.UTF_8)));
    }
}
