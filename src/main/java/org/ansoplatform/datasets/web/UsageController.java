package org.ansoplatform.datasets.web;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.datasets.DatasetsPaths;
import org.ansoplatform.datasets.harvest.UsageReport;
import org.ansoplatform.platform.TableExport;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * COUNTER usage: the month's report of every version as a page, as CSV or as JSON, for data curators and the Secretariat;
 * one dataset's counts per version and month as CSV for anyone (the counts are public, as on the landing page).
 */
@Controller
class UsageController {

    static final String USAGE = DatasetsPaths.DATASETS + "/usage";

    private final UsageReport report;
    private final Clock clock;

    UsageController(UsageReport report, Clock clock) {
        this.report = report;
        this.clock = clock;
    }

    /**
     * {@code month} as {@code YYYY-MM} (this month when absent); without {@code format} the page with the month's table
     * and the export links, {@code format=csv} or {@code format=json} the export itself.
     */
    @GetMapping(USAGE)
    Object month(@RequestParam(required = false) String month, @RequestParam(required = false) String format, Model model) {
        YearMonth chosen = month(month);
        if (format == null) {
            model.addAttribute("month", chosen.toString());
            model.addAttribute("lines", report.month(chosen));
            return "datasets/usage";
        }
        if ("csv".equals(format)) {
            return csv(report.monthCsv(chosen), "usage-" + chosen + ".csv");
        }
        if (!"json".equals(format)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "format is csv or json");
        }
        Map<String, Object> body = report.monthJson(chosen);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    @GetMapping(DatasetsPaths.DATASETS + "/{id}/usage.csv")
    @ResponseBody
    ResponseEntity<byte[]> dataset(@PathVariable UUID id) {
        return csv(report.datasetCsv(id), "usage-" + id + ".csv");
    }

    private YearMonth month(String text) {
        if (text == null || text.isBlank()) {
            return YearMonth.now(clock.withZone(ZoneOffset.UTC));
        }
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "month is YYYY-MM");
        }
    }

    private static ResponseEntity<byte[]> csv(byte[] body, String name) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(TableExport.CSV_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
