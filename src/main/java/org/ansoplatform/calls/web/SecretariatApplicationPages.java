package org.ansoplatform.calls.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.ansoplatform.calls.ApplicationQueries;
import org.ansoplatform.calls.ApplicationQueries.Filter;
import org.ansoplatform.calls.ApplicationQueries.Row;
import org.ansoplatform.calls.ApplicationStatus;
import org.ansoplatform.calls.intake.ApplicantMessaging;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.ansoplatform.calls.intake.ApplicationScreening;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.FormField;
import org.ansoplatform.calls.definition.Answers;
import org.ansoplatform.calls.CallsPaths;
import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.intake.RefereeLetterIntake;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.SignedInPerson;
import org.ansoplatform.platform.TableExport;
import org.ansoplatform.shared.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Secretariat's view of a call's applications: filters, counts by country and track, exports,
 * screening with overrides, and replacing a referee. The override and the replacement are forms on the
 * application's page, shown again there when refused.
 */
@Controller
class SecretariatApplicationPages {

    private final CallQueries calls;
    private final ApplicationScreening screening;
    private final ApplicantMessaging messaging;
    private final ApplicationQueries queries;
    private final RefereeLetterIntake letters;
    private final ApplicationIntake applications;
    private final ApplicationPageModel pages;
    private final org.springframework.context.MessageSource messages;

    SecretariatApplicationPages(CallQueries calls, ApplicationScreening screening, ApplicantMessaging messaging, ApplicationQueries queries,
            RefereeLetterIntake letters, ApplicationIntake applications, ApplicationPageModel pages,
            org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.calls = calls;
        this.screening = screening;
        this.messaging = messaging;
        this.queries = queries;
        this.letters = letters;
        this.applications = applications;
        this.pages = pages;
    }

    @GetMapping("/secretariat/calls/{id}/applications")
    String list(@PathVariable UUID id, @ModelAttribute("filter") ApplicationFilterForm form, BindingResult result,
            @RequestParam(required = false) Integer page, Model model, HttpServletResponse response) {
        CallView call = calls.any(id);
        BindingResult bound = FormErrors.retarget(form, result, model);
        Filter filter = new Filter(null, null, null, null, null);
        if (bound.hasErrors()) {
            FormErrors.refused(response);
        } else {
            try {
                filter = form.filter(call);
            } catch (InvalidInputException refusal) {
                FormErrors.refuse(refusal, bound, response);
            }
        }
        return page(call, filter, page, model);
    }

    private String page(CallView call, Filter filter, Integer page, Model model) {
        model.addAttribute("call", call);
        model.addAttribute("statuses", ApplicationStatus.values());
        if (!model.containsAttribute("bulk")) {
            model.addAttribute("bulk", BulkActionForm.empty());
        }
        model.addAttribute("result", queries.search(call.id(), filter, PageRequest.of(page, 50)));
        model.addAttribute("byCountry", queries.byCountry(call.id(), filter));
        model.addAttribute("byTrack", queries.byTrack(call.id(), filter));
        return "calls/secretariat/applications";
    }

    @GetMapping("/secretariat/calls/{id}/applications.{format:csv|xlsx}")
    ResponseEntity<byte[]> export(@PathVariable UUID id, @PathVariable String format, @RequestParam(required = false) String track,
            @RequestParam(required = false) String country, @RequestParam(required = false) String status,
            @RequestParam(required = false) Boolean eligible, @RequestParam(required = false) Boolean nominated, Locale locale) {
        CallView call = calls.any(id);
        List<Row> rows = queries.all(call.id(), CallsApi.filter(call, track, country, status, eligible, nominated));
        List<String> headers = new java.util.ArrayList<>(List.of("reference", "applicant", "email", "country", "track", "status", "eligible",
                "overridden", "nominated", "submitted_at", "failed_rules"));
        // then one column per question, its answer as a reader sees it (a group one line per row, money in the reader's locale)
        List<FormField> questions = call.definition().form().fields().stream().filter(field -> !field.isFile()).toList();
        questions.forEach(field -> headers.add(field.key()));
        Map<UUID, Map<String, Object>> answers = queries.answers(call.id(), CallsApi.filter(call, track, country, status, eligible, nominated));
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

    @PostMapping("/secretariat/calls/{id}/rescreen")
    String rescreen(@PathVariable UUID id, RedirectAttributes redirect) {
        UUID callId = id;
        screening.rescreen(callId);
        redirect.addFlashAttribute("flashSuccess", "calls.secretariat.rescreened");
        return "redirect:/secretariat/calls/" + callId + "/applications";
    }

    /** Marks the selected applications eligible or not, with one reason for all; refused as a whole if any cannot be. */
    @PostMapping("/secretariat/calls/{id}/applications/screening")
    String bulkOverride(@PathVariable UUID id, @ModelAttribute("bulk") BulkActionForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return bulk(id, form, result, model, redirect, response, call -> screening.overrideAll(call, form.ticked(),
                Boolean.TRUE.equals(form.eligible()), form.reason(), form.applicantNote()), "calls.secretariat.overridden");
    }

    @PostMapping("/secretariat/calls/{id}/applications/message")
    String message(@PathVariable UUID id, @ModelAttribute("bulk") BulkActionForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return bulk(id, form, result, model, redirect, response, call -> messaging.message(call, form.ticked(), form.subject(),
                form.body()), "calls.message.sent");
    }

    private String bulk(UUID id, BulkActionForm form, BindingResult result, Model model, RedirectAttributes redirect,
            HttpServletResponse response, java.util.function.Consumer<UUID> action, String done) {
        CallView call = calls.any(id);
        BindingResult bound = FormErrors.retarget(form, result, model);
        if (!bound.hasErrors()) {
            try {
                action.accept(call.id());
                redirect.addFlashAttribute("flashSuccess", done);
                return "redirect:/secretariat/calls/" + call.id() + "/applications";
            } catch (InvalidInputException refusal) {
                FormErrors.apply(refusal, bound);
            }
        }
        FormErrors.refused(response);
        model.addAttribute("filter", ApplicationFilterForm.none());
        return page(call, new Filter(null, null, null, null, null), null, model);
    }

    /** Refused (no reason, too long, not submitted), the application's page again, the message next to the reason. */
    @PostMapping("/secretariat/applications/{id}/override")
    String override(@PathVariable UUID id, @Valid @ModelAttribute("overrideForm") OverrideForm form, BindingResult result,
            @AuthenticationPrincipal SignedInPerson me, Locale locale, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        BindingResult bound = FormErrors.retarget(form, result, model);
        if (!bound.hasErrors()) {
            try {
                screening.override(id, form.markedEligible(), form.reason(), form.applicantNote());
                redirect.addFlashAttribute("flashSuccess", "calls.secretariat.overridden");
                return "redirect:" + CallsPaths.application(id);
            } catch (InvalidInputException refusal) {
                FormErrors.apply(refusal, bound);
            }
        }
        FormErrors.refused(response);
        return pages.page(applications.view(id, me), locale, model);
    }

    /**
     * Refused (no name, a wrong address, replaced already), the page of the application the form was on, the
     * message next to the field in that referee's form and the values as typed.
     */
    @PostMapping("/secretariat/referees/{id}/replace")
    String replace(@PathVariable UUID id, @Valid @ModelAttribute("replaceForm") ReplaceRefereeForm form, BindingResult result,
            @AuthenticationPrincipal SignedInPerson me, Locale locale, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        BindingResult bound = FormErrors.retarget(form, result, model);
        if (form.application() == null) {
            throw new NotFoundException("the application of referee " + id);
        }
        if (!bound.hasErrors()) {
            try {
                letters.replace(id, form.name(), form.email(), form.institution());
                redirect.addFlashAttribute("flashSuccess", "calls.secretariat.refereeReplaced");
                return "redirect:" + CallsPaths.application(form.application());
            } catch (InvalidInputException refusal) {
                FormErrors.apply(refusal, bound);
            }
        }
        model.addAttribute("replacing", id);
        FormErrors.refused(response);
        return pages.page(applications.view(form.application(), me), locale, model);
    }
}
