package org.ansoplatform.meetings.web;

import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.meetings.MeetingQueries;
import org.ansoplatform.meetings.MeetingView;
import org.ansoplatform.meetings.StatisticsQueries;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.TableExport;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** Participants and trainees by country, for a year or one meeting, on the page and as CSV or XLSX. */
@Controller
@RequestMapping(MeetingAdminController.PATH)
@PreAuthorize("hasRole('SECRETARIAT')")
class MeetingStatisticsController {

    /** The year asked; one that cannot be read is left out ({@code ignored}) and the current year shown. */
    record YearChoice(Integer year) {
    }

    private final MeetingQueries queries;
    private final StatisticsQueries statistics;
    private final Clock clock;

    MeetingStatisticsController(MeetingQueries queries, StatisticsQueries statistics, Clock clock) {
        this.queries = queries;
        this.statistics = statistics;
        this.clock = clock;
    }

    @GetMapping("/statistics")
    String yearStatistics(@ModelAttribute("choice") YearChoice choice, BindingResult ignored, Model model) {
        int year = year(choice);
        model.addAttribute("year", year);
        model.addAttribute("years", queries.years());
        model.addAttribute("statistics", statistics.forYear(year));
        return "meetings/statistics";
    }

    @GetMapping("/statistics.{format}")
    ResponseEntity<byte[]> yearExport(@ModelAttribute("choice") YearChoice choice, BindingResult ignored,
            @PathVariable String format, Locale locale) {
        int year = year(choice);
        return export(statistics.forYear(year), "meetings-" + year, format, locale);
    }

    @GetMapping("/{id}/statistics.{format}")
    ResponseEntity<byte[]> meetingStatistics(@PathVariable UUID id, @PathVariable String format, Locale locale) {
        MeetingView meeting = queries.byId(id).orElseThrow(() -> new NotFoundException("meeting"));
        return export(statistics.forMeeting(meeting.id()), "meeting-" + meeting.id(), format, locale);
    }

    private int year(YearChoice choice) {
        return choice.year() == null ? Year.now(clock).getValue() : choice.year();
    }

    private static ResponseEntity<byte[]> export(StatisticsQueries.Statistics s, String name, String format,
            Locale locale) {
        List<List<Object>> table = StatisticsQueries.table(s, locale);
        boolean xlsx = "xlsx".equals(format);
        if (!xlsx && !"csv".equals(format)) {
            throw new NotFoundException("format");
        }
        byte[] bytes = xlsx ? TableExport.xlsx("Participants", StatisticsQueries.headers(), table)
                : TableExport.csv(StatisticsQueries.headers(), table);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name + "-statistics." + format).build().toString())
                .contentType(MediaType.parseMediaType(xlsx ? TableExport.XLSX_TYPE : TableExport.CSV_TYPE))
                .body(bytes);
    }
}
