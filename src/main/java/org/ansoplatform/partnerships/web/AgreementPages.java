package org.ansoplatform.partnerships.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.ansoplatform.partnerships.AgreementKind;
import org.ansoplatform.partnerships.AgreementStatus;
import org.ansoplatform.partnerships.agreements.AgreementFilter;
import org.ansoplatform.partnerships.agreements.AgreementManagement;
import org.ansoplatform.partnerships.agreements.AgreementPaths;
import org.ansoplatform.partnerships.agreements.AgreementQueries;
import org.ansoplatform.partnerships.agreements.AgreementView;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.Htmx;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.TableExport;
import org.ansoplatform.shared.PageRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The Secretariat's register of agreements (filters by kind, status, expiring within N days, country and goal; CSV
 * and XLSX export) and the agreement form; an agreement's page and its steps are {@link AgreementSteps}'.
 */
@Controller
class AgreementPages {

    /** The register's filters as the address gives them; a value of the wrong type is ignored, as a filter should. */
    record Filter(String q, AgreementKind kind, AgreementStatus status, Integer expiring, String country, Integer sdg,
            Integer page) {
    }

    private final AgreementQueries queries;
    private final AgreementManagement management;
    private final AgreementPage page;
    private final CurrentActor currentActor;
    private final MessageSource messages;
    private final Clock clock;

    AgreementPages(AgreementQueries queries, AgreementManagement management, AgreementPage page, CurrentActor currentActor,
            MessageSource messages, Clock clock) {
        this.queries = queries;
        this.management = management;
        this.page = page;
        this.currentActor = currentActor;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(AgreementPaths.REGISTER)
    String register(@ModelAttribute("filter") Filter filter, BindingResult ignored, Htmx htmx, Model model) {
        Filter f = ignored.hasErrors() ? new Filter(null, null, null, null, null, null, null) : filter;
        model.addAttribute("filter", f);
        model.addAttribute("result", queries.search(filter(f), PageRequest.of(f.page(), 25)));
        model.addAttribute("kinds", List.of(AgreementKind.values()));
        model.addAttribute("statuses", List.of(AgreementStatus.values()));
        model.addAttribute("sdgChoices", java.util.stream.IntStream.rangeClosed(1, 17).boxed().toList());
        return htmx.view("partnerships/agreements", "results");
    }

    @GetMapping(AgreementPaths.REGISTER + "/export.csv")
    ResponseEntity<byte[]> csv(@ModelAttribute("filter") Filter filter, BindingResult ignored, Locale locale) {
        Filter f = ignored.hasErrors() ? new Filter(null, null, null, null, null, null, null) : filter;
        return download(TableExport.csv(headers(locale), rows(f, locale)), TableExport.CSV_TYPE, "agreements.csv");
    }

    @GetMapping(AgreementPaths.REGISTER + "/export.xlsx")
    ResponseEntity<byte[]> xlsx(@ModelAttribute("filter") Filter filter, BindingResult ignored, Locale locale) {
        Filter f = ignored.hasErrors() ? new Filter(null, null, null, null, null, null, null) : filter;
        return download(TableExport.xlsx("Agreements", headers(locale), rows(f, locale)), TableExport.XLSX_TYPE, "agreements.xlsx");
    }

    @GetMapping(AgreementPagesPaths.NEW)
    String newAgreement(Model model, Locale locale) {
        model.addAttribute("form", AgreementForm.blank());
        return page.form(model, null, locale);
    }

    @PostMapping(AgreementPagesPaths.NEW)
    String create(@Valid @ModelAttribute("form") AgreementForm form, BindingResult result, Model model, Locale locale,
            HttpServletResponse response) {
        if (result.hasErrors()) {
            FormErrors.refused(response);
            return refusedForm(form, result, model, null, locale);
        }
        try {
            UUID id = management.propose(form.command(currentActor.personId()));
            return "redirect:" + AgreementPaths.agreement(id);
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, result, response);
            return refusedForm(form, result, model, null, locale);
        }
    }

    @GetMapping(AgreementPaths.REGISTER + "/{id}/edit")
    String edit(@PathVariable UUID id, Model model, Locale locale) {
        AgreementView agreement = page.existing(id);
        model.addAttribute("form", AgreementForm.of(agreement));
        return page.form(model, agreement, locale);
    }

    @PostMapping(AgreementPaths.REGISTER + "/{id}/edit")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") AgreementForm form, BindingResult result, Model model,
            Locale locale, HttpServletResponse response) {
        AgreementView agreement = page.existing(id);
        if (result.hasErrors()) {
            FormErrors.refused(response);
            return refusedForm(form, result, model, agreement, locale);
        }
        try {
            management.update(id, form.command(agreement.ownerId()), form.version());
            return "redirect:" + AgreementPaths.agreement(id);
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, result, response);
            return refusedForm(form, result, model, agreement, locale);
        }
    }

    /** The refused form again, with its empty party rows, keeping the errors bound to it. */
    private String refusedForm(AgreementForm form, BindingResult result, Model model, AgreementView agreement, Locale locale) {
        FormErrors.retarget(form.withEmptyRows(), result, model);
        return page.form(model, agreement, locale);
    }

    private AgreementFilter filter(Filter f) {
        return new AgreementFilter(f.q(), f.kind(), f.status(), f.expiring(), f.country(), f.sdg(), LocalDate.now(clock));
    }

    private List<String> headers(Locale locale) {
        List<String> headers = new ArrayList<>();
        for (String key : List.of("title", "kind", "status", "parties", "signedOn", "effectiveOn", "expiresOn", "noticeBy",
                "confidential")) {
            headers.add(messages.getMessage("partnerships.agreement.field." + key, null, locale));
        }
        return headers;
    }

    private List<List<?>> rows(Filter f, Locale locale) {
        List<List<?>> rows = new ArrayList<>();
        for (AgreementView a : queries.all(filter(f))) {
            rows.add(java.util.Arrays.asList(a.title(locale), messages.getMessage("partnerships.kind." + a.kind(), null, locale),
                    messages.getMessage("partnerships.status." + a.status(), null, locale),
                    String.join("; ", a.parties().stream().map(AgreementView.Party::name).toList()),
                    a.signedOn(), a.effectiveOn(), a.expiresOn(), a.noticeBy(), a.confidential()));
        }
        return rows;
    }

    private static ResponseEntity<byte[]> download(byte[] body, String type, String name) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").body(body);
    }
}
