package org.ansoplatform.activitylog.web;

import java.time.LocalDate;

import org.ansoplatform.activitylog.ActivityFilter;
import org.ansoplatform.activitylog.ActivityQueries;
import org.ansoplatform.platform.Htmx;
import org.ansoplatform.shared.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The Secretariat reads the audit trail, filtered by actor, record, action and date. */
@Controller
class ActivityController {

    private final ActivityQueries log;

    ActivityController(ActivityQueries log) {
        this.log = log;
    }

    @GetMapping("/secretariat/activity")
    String activity(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) String recordType, @RequestParam(required = false) String recordId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, Htmx htmx, Model model) {
        ActivityFilter filter = new ActivityFilter(actor, action, recordType, recordId, from, to);
        model.addAttribute("filter", filter);
        model.addAttribute("entries", log.find(filter, PageRequest.of(page, 50)));
        model.addAttribute("actions", log.actions());
        model.addAttribute("recordTypes", log.recordTypes());
        return htmx.view("activitylog/activity", "results");
    }
}
