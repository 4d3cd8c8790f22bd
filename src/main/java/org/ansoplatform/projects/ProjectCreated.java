package org.ansoplatform.projects;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** The Secretariat entered a project, or an accepted award created it. */
public record ProjectCreated(UUID projectId, String code, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "project.created";
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
        return code;
    }
}
