package org.ansoplatform.projects.web;

import java.time.LocalDate;
import java.util.Map;

import org.ansoplatform.projects.MilestoneCommand;
import org.ansoplatform.projects.MilestoneKind;
import org.ansoplatform.projects.MilestoneView;
import org.ansoplatform.shared.LocalizedText;
import org.springframework.format.annotation.DateTimeFormat;

/** A milestone or deliverable as the Secretariat's form gives it: the title in each configured language. */
record MilestoneForm(MilestoneKind kind, String workPackage, Map<String, String> title,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn) {

    static MilestoneForm empty() {
        return new MilestoneForm(MilestoneKind.MILESTONE, null, Map.of(), null);
    }

    static MilestoneForm of(MilestoneView m) {
        return new MilestoneForm(m.kind(), m.workPackage(), m.title().values(), m.dueOn());
    }

    MilestoneCommand command() {
        return new MilestoneCommand(kind, workPackage, LocalizedText.of(title), dueOn);
    }
}
