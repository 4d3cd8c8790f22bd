package org.ansoplatform.partnerships;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/**
 * A step of an agreement's life or a change to it, for the audit trail: {@code action} is one of
 * {@code partnerships.agreement.*} (created, updated, negotiating, approved, endorsed, rejected, signed, activated,
 * expired, renewed, terminated, recorded, documentAdded, commitmentAdded, commitmentLinked, commitmentUnlinked).
 */
public record AgreementChanged(UUID agreementId, String action, String detail, Actor actor) implements AuditedEvent {

    public static final String RECORD_TYPE = "agreement";

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    @Override
    public String recordId() {
        return agreementId.toString();
    }
}
