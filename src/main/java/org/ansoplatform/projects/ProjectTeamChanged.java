package org.ansoplatform.projects;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** A partner institution joined or left a project, or a person joined or left a partner's team. */
public record ProjectTeamChanged(UUID projectId, Change change, String name, Actor actor) implements AuditedEvent {

    /** What happened to the team. */
    public enum Change {
        PARTNER_ADDED, PARTNER_REMOVED, MEMBER_ADDED, MEMBER_REMOVED
    }

    @Override
    public String action() {
        return switch (change) {
            case PARTNER_ADDED -> "project.partnerAdded";
            case PARTNER_REMOVED -> "project.partnerRemoved";
            case MEMBER_ADDED -> "project.memberAdded";
            case MEMBER_REMOVED -> "project.memberRemoved";
        };
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
        return name;
    }
}
