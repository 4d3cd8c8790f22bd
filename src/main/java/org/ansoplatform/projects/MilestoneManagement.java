package org.ansoplatform.projects;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.TextInput;
import org.ansoplatform.projects.reporting.MilestoneStore;
import org.ansoplatform.projects.reporting.ProjectFacts;
import org.ansoplatform.projects.reporting.ReportingProjectStore;
import org.ansoplatform.shared.LocalizedText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Secretariat keeps a project's milestones and deliverables: adds and edits them (each falls due within the
 * project's dates) and marks them achieved. Where reports fall due at milestones, the plan of reports follows.
 */
@Service
public class MilestoneManagement {

    public static final int WORK_PACKAGE_MAX = 200;
    public static final int TITLE_MAX = 500;

    private final MilestoneStore milestones;
    private final ReportingProjectStore projects;
    private final ReportManagement reports;
    private final Clock clock;

    MilestoneManagement(MilestoneStore milestones, ReportingProjectStore projects, ReportManagement reports, Clock clock) {
        this.milestones = milestones;
        this.projects = projects;
        this.reports = reports;
        this.clock = clock;
    }

    @Transactional
    public UUID add(UUID projectId, MilestoneCommand command) {
        ProjectFacts project = project(projectId);
        MilestoneCommand checked = checked(project, command);
        UUID id = UUID.randomUUID();
        milestones.insert(id, projectId, checked.kind(), checked.workPackage(), checked.title(), checked.dueOn());
        reports.plan(projectId);
        return id;
    }

    @Transactional
    public void update(UUID projectId, UUID milestoneId, MilestoneCommand command) {
        ProjectFacts project = project(projectId);
        existing(projectId, milestoneId);
        MilestoneCommand checked = checked(project, command);
        milestones.update(milestoneId, checked.kind(), checked.workPackage(), checked.title(), checked.dueOn());
        reports.plan(projectId);
    }

    /** Marks the milestone achieved on the given day (today when none), or open again with {@code reopen}. */
    @Transactional
    public void achieved(UUID projectId, UUID milestoneId, LocalDate on, boolean reopen) {
        existing(projectId, milestoneId);
        LocalDate today = LocalDate.now(clock);
        LocalDate day = on == null ? today : on;
        if (!reopen && day.isAfter(today)) {
            throw new InvalidInputException("achievedOn", "projects.milestone.achievedInFuture");
        }
        milestones.achieved(milestoneId, reopen ? null : day);
    }

    private MilestoneCommand checked(ProjectFacts project, MilestoneCommand command) {
        List<Violation> violations = new ArrayList<>();
        if (command.kind() == null) {
            violations.add(new Violation("kind", "validation.required"));
        }
        String workPackage = TextInput.checkLine(command.workPackage(), "workPackage", WORK_PACKAGE_MAX, false, violations);
        java.util.Map<String, String> titles = new java.util.LinkedHashMap<>();
        if (command.title() != null) {
            command.title().values().forEach((language, text) -> {
                String checked = TextInput.checkLine(text, "title", TITLE_MAX, false, violations);
                if (checked != null) {
                    titles.put(language, checked);
                }
            });
        }
        if (titles.isEmpty()) {
            violations.add(new Violation("title", "projects.milestone.titleRequired"));
        }
        if (command.dueOn() == null) {
            violations.add(new Violation("dueOn", "validation.required"));
        } else if (!project.covers(command.dueOn())) {
            violations.add(new Violation("dueOn", "projects.milestone.dueOutsideProject", project.start(), project.end()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new MilestoneCommand(command.kind(), workPackage, LocalizedText.of(titles), command.dueOn());
    }

    private ProjectFacts project(UUID projectId) {
        return projects.facts(projectId).orElseThrow(() -> new NotFoundException("project"));
    }

    private MilestoneView existing(UUID projectId, UUID milestoneId) {
        return milestones.byId(projectId, milestoneId).orElseThrow(() -> new NotFoundException("milestone"));
    }
}
