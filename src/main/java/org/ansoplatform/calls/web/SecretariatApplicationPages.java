package org.ansoplatform.calls.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;

import org.ansoplatform.calls.ApplicationQueries;
import org.ansoplatform.calls.ApplicationQueries.Filter;
import org.ansoplatform.calls.ApplicationQueries.Row;
import org.ansoplatform.calls.ApplicationStatus;
import org.ansoplatform.calls.Applications;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.Calls;
import org.ansoplatform.calls.RefereeLetters;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.Flash;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.TableExport;
import org.ansoplatform.shared.PageRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Secretariat's view of a call's applications: filters, counts by country and track, exports,
 * screening with overrides, and replacing a referee.
 */
@Controller
class SecretariatApplicationPages {

    private final Calls calls;
    private final Applications applications;
    private final ApplicationQueries queries;
    private final RefereeLetters letters;
    private final MessageSource messages;

    SecretariatApplicationPages(Calls calls, Applications applications, ApplicationQueries queries, RefereeLetters letters,
            MessageSource messages) {
        this.messages = messages;
        this.calls = calls;
        this.applications = applications;
        this.queries = queries;
        this.letters = letters;
    }

    @GetMapping("/secretariat/calls/{id}/applications")
    String list(@PathVariable String id, @RequestParam(required = false) String track, @RequestParam(required = false) String country,
            @RequestParam(required = false) String status, @RequestParam(required = false) Boolean eligible,
            @RequestParam(required = false) Boolean nominated, @RequestParam(required = false) Integer page, Model model,
            Locale locale, HttpServletResponse response) {
        CallView call = calls.any(CallPages.uuid(id));
        Filter filter;
        try {
            filter = CallsApi.filter(call, track, country, status, eligible, nominated);
        } catch (InvalidInputException refusal) {
            // an unknown filter value lists nothing rather than everything, and says why
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("filterErrors", FormErrors.all(FormErrors.byField(refusal, messages, locale)));
            filter = new Filter(null, null, null, null, null);
        }
        model.addAttribute("call", call);
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", ApplicationStatus.values());
        model.addAttribute("result", queries.search(call.id(), filter, PageRequest.of(page, 50)));
        model.addAttribute("byCountry", queries.byCountry(call.id(), filter));
        model.addAttribute("byTrack", queries.byTrack(call.id(), filter));
        return "calls/secretariat/applications";
    }

    @GetMapping("/secretariat/calls/{id}/applications.{format:csv|xlsx}")
    ResponseEntity<byte[]> export(@PathVariable String id, @PathVariable String format, @RequestParam(required = false) String track,
            @RequestParam(required = false) String country, @RequestParam(required = false) String status,
            @RequestParam(required = false) Boolean eligible, @RequestParam(required = false) Boolean nominated) {
        CallView call = calls.any(CallPages.uuid(id));
        List<Row> rows = queries.all(call.id(), CallsApi.filter(call, track, country, status, eligible, nominated));
        List<String> headers = List.of("reference", "applicant", "email", "country", "track", "status", "eligible", "overridden",
                "nominated", "submitted_at", "failed_rules");
        List<List<?>> values = rows.stream().<List<?>>map(row -> java.util.Arrays.asList(row.reference(), row.applicantName(),
                row.applicantEmail(), row.country(), row.track(), row.status().name(), row.eligible(), row.overridden(), row.nominated(),
                row.submittedAt(), row.failedRules())).toList();
        boolean csv = format.equals("csv");
        byte[] body = csv ? TableExport.csv(headers, values) : TableExport.xlsx("Applications", headers, values);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, csv ? TableExport.CSV_TYPE : TableExport.XLSX_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(call.definition().code() + "-applications." + format).build().toString())
                .body(body);
    }

    @PostMapping("/secretariat/calls/{id}/rescreen")
    String rescreen(@PathVariable String id, RedirectAttributes redirect) {
        UUID callId = CallPages.uuid(id);
        applications.rescreen(callId);
        redirect.addFlashAttribute("flashSuccess", "calls.secretariat.rescreened");
        return "redirect:/secretariat/calls/" + callId + "/applications";
    }

    /** Marks the selected applications eligible or not, with one reason for all; refused as a whole if any cannot be. */
    @PostMapping("/secretariat/calls/{id}/applications/screening")
    String bulkOverride(@PathVariable String id, @RequestParam(name = "selected", required = false) List<UUID> selected,
            @RequestParam(defaultValue = "false") boolean eligible, @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        UUID callId = CallPages.uuid(id);
        Flash.outcome(redirect, () -> applications.overrideAll(callId, selected == null ? List.of() : selected, eligible, reason),
                "calls.secretariat.overridden");
        return "redirect:/secretariat/calls/" + callId + "/applications";
    }

    @PostMapping("/secretariat/calls/{id}/applications/message")
    String message(@PathVariable String id, @RequestParam(name = "selected", required = false) List<UUID> selected,
            @RequestParam(defaultValue = "") String subject, @RequestParam(defaultValue = "") String body, RedirectAttributes redirect) {
        UUID callId = CallPages.uuid(id);
        Flash.outcome(redirect, () -> applications.message(callId, selected == null ? List.of() : selected, subject, body),
                "calls.message.sent");
        return "redirect:/secretariat/calls/" + callId + "/applications";
    }

    @PostMapping("/secretariat/applications/{id}/override")
    String override(@PathVariable String id, @RequestParam(defaultValue = "false") boolean eligible,
            @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        UUID applicationId = CallPages.uuid(id);
        Flash.outcome(redirect, () -> applications.override(applicationId, eligible, reason),
                "calls.secretariat.overridden");
        return "redirect:/applications/" + applicationId;
    }

    @PostMapping("/secretariat/referees/{id}/replace")
    String replace(@PathVariable String id, @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String institution, @RequestParam String application, RedirectAttributes redirect) {
        Flash.outcome(redirect, () -> letters.replace(CallPages.uuid(id), name, email, institution),
                "calls.secretariat.refereeReplaced");
        return "redirect:/applications/" + CallPages.uuid(application);
    }
}
