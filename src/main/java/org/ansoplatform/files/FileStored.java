package org.ansoplatform.files;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** A file was stored for its owner. Carries its type and size for the audit trail, never its content or name. */
public record FileStored(UUID fileId, UUID ownerId, String mediaType, long size, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "file.stored";
    }

    @Override
    public String recordType() {
        return "file";
    }

    @Override
    public String recordId() {
        return fileId.toString();
    }

    @Override
    public String detail() {
        return mediaType + ", " + size + " bytes";
    }
}
