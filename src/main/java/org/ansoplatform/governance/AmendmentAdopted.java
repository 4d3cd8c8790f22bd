package org.ansoplatform.governance;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** The Assembly adopted an amendment: a new version of the Statutes is in force. Audited as {@code governance.statutesAmended}. */
public record AmendmentAdopted(UUID amendmentId, UUID versionId, int versionNumber, String articleNumber, UUID decisionId, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "governance.statutesAmended";
    }

    @Override
    public String recordType() {
        return "statute_version";
    }

    @Override
    public String recordId() {
        return versionId.toString();
    }

    @Override
    public String detail() {
        return "version " + versionNumber + ", Article " + articleNumber;
    }
}
