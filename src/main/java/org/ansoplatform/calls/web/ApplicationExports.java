package org.ansoplatform.calls.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.calls.ApplicationQueries;
import org.ansoplatform.calls.ApplicationQueries.Filter;
import org.ansoplatform.calls.ApplicationQueries.Row;
import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.FormField;
import org.ansoplatform.calls.definition.Answers;
import org.ansoplatform.platform.TableExport;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A call's applications under the list's filter as a CSV or XLSX file, one row each with the answers. */
@Controller
class ApplicationExports {

    private final CallQueries calls;
    private final ApplicationQueries queries;
    private final MessageSource messages;

    ApplicationExports(CallQueries calls, ApplicationQueries queries, MessageSource messages) {
        this.calls = calls;
        this.queries = queries;
        this.messages = messages;
    }

    @GetMapping("/secretariat/calls/{id}/applications.{format:csv|xlsx}")
    ResponseEntity<byte[]> export(@PathVariable UUID id, @PathVariable String format, @RequestParam(required = false) String track,
            @RequestParam(required = false) String country, @RequestParam(required = false) String status,
            @RequestParam(required = false) Boolean eligible, @RequestParam(required = false) Boolean nominated, @RequestParam(required = false) String q,
            Locale locale) {
        CallView call = calls.any(id);
        Filter filter = CallsApi.filter(call, track, country, status, eligible, nominated, q);
        List<Row> rows = queries.all(call.id(), filter);
        List<String> headers = new java.util.ArrayList<>(List.of("reference", "applicant", "email", "country", "track", "status", "eligible",
                "overridden", "nominated", "submitted_at", "failed_rules"));
        // then one column per question, its answer as a reader sees it (a group one line per row, money in the reader's locale)
        List<FormField> questions = call.definition().form().fields().stream().filter(field -> !field.isFile()).toList();
        questions.forEach(field -> headers.add(field.key()));
        Map<UUID, Map<String, Object>> answers = queries.answers(call.id(), filter);
        List<List<?>> values = rows.stream().<List<?>>map(row -> {
            List<Object> line = new java.util.ArrayList<>(java.util.Arrays.asList(row.reference(), row.applicantName(),
                    row.applicantEmail(), row.country(), row.track(), row.status().name(), row.eligible(), row.overridden(), row.nominated(),
                    row.submittedAt(), row.failedRules()));
            Map<String, Object> answered = answers.getOrDefault(row.id(), Map.of());
            questions.forEach(field -> line.add(Answers.display(field, answered.get(field.key()), call, locale, messages)));
            return line;
        }).toList();
        boolean csv = format.equals("csv");
        byte[] body = csv ? TableExport.csv(headers, values) : TableExport.xlsx("Applications", headers, values);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, csv ? TableExport.CSV_TYPE : TableExport.XLSX_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(call.definition().code() + "-applications." + format).build().toString())
                .body(body);
    }
}
