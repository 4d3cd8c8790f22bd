package org.ansoplatform.projects.web;

import java.time.Clock;
import java.time.LocalDate;

import org.ansoplatform.platform.SignedInPerson;
import org.ansoplatform.projects.ReportQueries;
import org.ansoplatform.projects.ReportingPaths;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A principal investigator's projects, each with its reports (to fill, submitted, sent back, accepted) and milestones. */
@Controller
@PreAuthorize("isAuthenticated()")
public class MyProjectsController {

    private final ReportQueries queries;
    private final Clock clock;

    MyProjectsController(ReportQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping(ReportingPaths.MINE)
    String mine(@AuthenticationPrincipal SignedInPerson me, Model model) {
        model.addAttribute("projects", queries.ledBy(me.id()));
        model.addAttribute("today", LocalDate.now(clock));
        return "projects/mine";
    }
}
