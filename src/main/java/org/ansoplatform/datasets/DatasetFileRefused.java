package org.ansoplatform.datasets;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** Someone without a grant asked for a closed (restricted or embargoed) file and was answered 404. */
public record DatasetFileRefused(UUID versionId, UUID fileId, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "datasets.file.refused";
    }

    @Override
    public String recordType() {
        return DatasetsPaths.VERSION;
    }

    @Override
    public String recordId() {
        return versionId.toString();
    }

    @Override
    public String detail() {
        return fileId.toString();
    }
}
