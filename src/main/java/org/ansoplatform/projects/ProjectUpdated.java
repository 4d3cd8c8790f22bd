package org.ansoplatform.projects;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** A project's details were changed. */
public record ProjectUpdated(UUID projectId, String code, Actor actor) implements AuditedEvent {

    @Override
    public String action() {
        return "project.updated";
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
