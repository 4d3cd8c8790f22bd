package org.ansoplatform.calls.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.calls.ApplicationQueries;
import org.ansoplatform.calls.ApplicationQueries.Filter;
import org.ansoplatform.calls.ApplicationQueries.Row;
import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.intake.ExportQueries;
import org.ansoplatform.platform.TableExport;
import org.ansoplatform.platform.TableExport.Column;
import org.ansoplatform.platform.TableExport.Kind;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A call's applications under the list's filter as a CSV or XLSX file, one row each with every answer as typed
 * columns ({@link AnswerColumns}); headers, names and yes/no in the reader's language, times in the call's zone.
 */
@Controller
class ApplicationExports {

    private final CallQueries calls;
    private final ApplicationQueries queries;
    private final ExportQueries uploads;
    private final MessageSource messages;
    private final String baseUrl;

    ApplicationExports(CallQueries calls, ApplicationQueries queries, ExportQueries uploads, MessageSource messages, Environment environment) {
        this.calls = calls;
        this.queries = queries;
        this.uploads = uploads;
        this.messages = messages;
        this.baseUrl = baseUrl(environment);
    }

    @GetMapping("/secretariat/calls/{id}/applications.{format:csv|xlsx}")
    ResponseEntity<byte[]> export(@PathVariable UUID id, @PathVariable String format, @RequestParam(required = false) String track,
            @RequestParam(required = false) String country, @RequestParam(required = false) String status,
            @RequestParam(required = false) Boolean eligible, @RequestParam(required = false) Boolean nominated, @RequestParam(required = false) String q,
            Locale locale) {
        CallView call = calls.any(id);
        Filter filter = CallsApi.filter(call, track, country, status, eligible, nominated, q);
        List<Row> rows = queries.all(call.id(), filter);
        AnswerColumns answers = new AnswerColumns(call, new AnswerColumns.Data(queries.answers(call.id(), filter),
                uploads.documents(call.id(), filter), uploads.letters(call.id(), filter)), baseUrl, locale, messages);
        List<Column> columns = new ArrayList<>();
        for (String[] column : new String[][] {{"reference", "TEXT"}, {"applicant", "TEXT"}, {"email", "TEXT"}, {"country", "TEXT"},
                {"track", "TEXT"}, {"status", "TEXT"}, {"eligible", "YES_NO"}, {"overridden", "YES_NO"}, {"nominated", "YES_NO"},
                {"submitted", "DATETIME"}, {"failedRules", "TEXT"}}) {
            columns.add(Column.of(messages.getMessage("callexports.column." + column[0], null, locale), Kind.valueOf(column[1])));
        }
        columns.addAll(answers.columns());
        List<List<?>> values = rows.stream().<List<?>>map(row -> {
            List<Object> line = new ArrayList<>(java.util.Arrays.asList(row.reference(), row.applicantName(), row.applicantEmail(),
                    Countries.name(row.country(), locale), row.track() == null ? null : call.trackName(row.track(), locale),
                    messages.getMessage("calls.status." + row.status().name(), null, locale), row.eligible(), row.overridden(),
                    row.nominated(), row.submittedAt(), row.failedRules()));
            line.addAll(answers.cells(row.id()));
            return line;
        }).toList();
        TableExport.Reading reading = reading(call, locale, messages);
        boolean csv = format.equals("csv");
        byte[] body = csv ? TableExport.csv(columns, values, reading) : TableExport.xlsx("Applications", columns, values, reading);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, csv ? TableExport.CSV_TYPE : TableExport.XLSX_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(call.definition().code() + "-applications." + format).build().toString())
                .body(body);
    }

    /** Yes and no in the reader's language, times in the call's zone. */
    static TableExport.Reading reading(CallView call, Locale locale, MessageSource messages) {
        return new TableExport.Reading(call.definition().zone(), messages.getMessage("callexports.yes", null, locale),
                messages.getMessage("callexports.no", null, locale));
    }

    /** The platform's public address without a trailing slash, which the export's links start with. */
    static String baseUrl(Environment environment) {
        String base = environment.getProperty("anso.base-url", "http://localhost:8080");
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
