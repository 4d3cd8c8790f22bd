package org.ansoplatform.calls.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.ansoplatform.calls.ApplicationQueries;
import org.ansoplatform.calls.ApplicationQueries.Filter;
import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.SelectionView;
import org.ansoplatform.calls.SelectionView.DecisionView;
import org.ansoplatform.calls.intake.ExportQueries;
import org.ansoplatform.calls.selection.SelectionQueries;
import org.ansoplatform.calls.web.SecretariatSelectionPages.Line;
import org.ansoplatform.platform.NotFoundException;
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

/**
 * The latest selection run of a call as a CSV or XLSX file: each decision as the selection page explains it, with
 * ranks and scores as numbers, then every answer of the application as the applications export types it
 * ({@link AnswerColumns}).
 */
@Controller
class SelectionExports {

    private final CallQueries calls;
    private final SelectionQueries selections;
    private final ApplicationQueries applications;
    private final ExportQueries uploads;
    private final SelectionTexts texts;
    private final MessageSource messages;
    private final String baseUrl;

    SelectionExports(CallQueries calls, SelectionQueries selections, ApplicationQueries applications, ExportQueries uploads,
            SelectionTexts texts, MessageSource messages, Environment environment) {
        this.calls = calls;
        this.selections = selections;
        this.applications = applications;
        this.uploads = uploads;
        this.texts = texts;
        this.messages = messages;
        this.baseUrl = ApplicationExports.baseUrl(environment);
    }

    @GetMapping({"/secretariat/calls/{id}/selection.csv", "/secretariat/calls/{id}/selection.xlsx"})
    ResponseEntity<byte[]> export(@PathVariable UUID id, HttpServletRequest request, Locale locale) {
        CallView call = calls.any(id);
        SelectionView run = selections.latest(call.id()).orElseThrow(() -> new NotFoundException("selection"));
        boolean budget = run.envelope().isPresent();
        List<String> names = new ArrayList<>(List.of("track", "rank", "of", "reference", "applicant", "country", "score", "raw mean", "outcome",
                "waitlist", "explanation", "host", "placement", "offer", "ties"));
        List<Kind> kinds = new ArrayList<>(List.of(Kind.TEXT, Kind.NUMBER, Kind.NUMBER, Kind.TEXT, Kind.TEXT, Kind.TEXT, Kind.NUMBER,
                Kind.NUMBER, Kind.TEXT, Kind.NUMBER, Kind.TEXT, Kind.TEXT, Kind.TEXT, Kind.TEXT, Kind.TEXT));
        if (budget) {
            names.addAll(List.of("requested", "granted"));
            kinds.addAll(List.of(Kind.TEXT, Kind.TEXT));
        }
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            columns.add(Column.of(messages.getMessage("calls.selection.column." + name.replace(' ', '-'), null, name, locale), kinds.get(i)));
        }
        Filter all = Filter.none();
        AnswerColumns answers = new AnswerColumns(call, new AnswerColumns.Data(applications.answers(call.id(), all),
                uploads.documents(call.id(), all), uploads.letters(call.id(), all)), baseUrl, locale, messages);
        columns.addAll(answers.columns());
        List<List<Object>> rows = new ArrayList<>();
        for (DecisionView d : run.decisions()) {
            Line l = SecretariatSelectionPages.line(d, call, locale, texts);
            // the numbers as the page shows them, so the export and the page agree
            List<Object> row = new ArrayList<>(java.util.Arrays.asList(texts.trackName(call, d.track(), locale), l.rank(), l.trackSize(),
                    l.reference(), l.applicantName(), l.country(), SelectionTexts.decimal(d.score()), SelectionTexts.decimal(d.rawMean()),
                    l.outcomeText(), l.waitlistPosition() > 0 ? l.waitlistPosition() : null, l.explanation(), l.host(), l.placement(),
                    l.offerStatus(), String.join(" | ", l.ties())));
            if (budget) {
                row.add(l.requested());
                row.add(l.granted());
            }
            row.addAll(answers.cells(d.applicationId()));
            rows.add(row);
        }
        boolean xlsx = request.getRequestURI().endsWith(".xlsx");
        TableExport.Reading reading = ApplicationExports.reading(call, locale, messages);
        byte[] body = xlsx ? TableExport.xlsx("selection", columns, rows, reading) : TableExport.csv(columns, rows, reading);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, xlsx ? TableExport.XLSX_TYPE : TableExport.CSV_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(call.definition().code() + "-selection" + (xlsx ? ".xlsx" : ".csv")).build().toString())
                .body(body);
    }
}
