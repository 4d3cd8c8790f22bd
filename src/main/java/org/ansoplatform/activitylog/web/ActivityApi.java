package org.ansoplatform.activitylog.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ansoplatform.activitylog.ActivityEntry;
import org.ansoplatform.activitylog.ActivityFilter;
import org.ansoplatform.activitylog.ActivityQueries;
import org.ansoplatform.shared.PageRequest;
import org.ansoplatform.shared.PageResult;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Activity log", description = "The audit trail (Secretariat)")
class ActivityApi {

    private final ActivityQueries log;

    ActivityApi(ActivityQueries log) {
        this.log = log;
    }

    @GetMapping("/api/v1/secretariat/activity")
    @Operation(operationId = "listActivity", summary = "Audit entries, newest first, filtered by actor, action, record and date")
    PageResult<ActivityEntry> activity(@RequestParam(required = false) String actor,
            @RequestParam(required = false) String action, @RequestParam(required = false) String recordType,
            @RequestParam(required = false) String recordId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return log.find(new ActivityFilter(actor, action, recordType, recordId, from, to), PageRequest.of(page, size));
    }
}
