package org.ansoplatform.projects;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** A project moved from one status to another, for the reason given. */
public record ProjectStatusChanged(UUID projectId, String code, ProjectStatus from, ProjectStatus to, String reason,
        Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "project.statusChanged";
    }

    @Override
    public String recordType() {
        return "project";
    }

    @Override
    public String recordId() {
        return String.valueOf(projectId);
    }

    @Override
    public String detail() {
        return code + " " + from + " → " + to + ": " + reason;
    }
}
