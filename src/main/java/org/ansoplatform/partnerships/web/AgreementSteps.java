package org.ansoplatform.partnerships.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.ansoplatform.files.FileStorage;
import org.ansoplatform.files.StoredFile;
import org.ansoplatform.partnerships.agreements.AgreementManagement;
import org.ansoplatform.partnerships.agreements.AgreementPaths;
import org.ansoplatform.partnerships.agreements.AgreementView;
import org.ansoplatform.partnerships.agreements.CommitmentManagement;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.Flash;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.Languages;
import org.ansoplatform.shared.LocalizedText;
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
 * An agreement's page and what the Secretariat does on it: each step of its life (a refused step shows the page again
 * with the reason next to the field of that step's form), its signed texts, its commitments and what fulfilled them.
 */
@Controller
class AgreementSteps {

    private static final String ID = AgreementPaths.REGISTER + "/{id}";

    private final AgreementManagement management;
    private final CommitmentManagement commitments;
    private final AgreementPage page;
    private final FileStorage files;
    private final CurrentActor currentActor;
    private final Languages languages;
    private final org.springframework.context.MessageSource messages;

    AgreementSteps(AgreementManagement management, CommitmentManagement commitments, AgreementPage page, FileStorage files,
            CurrentActor currentActor, Languages languages, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.management = management;
        this.commitments = commitments;
        this.page = page;
        this.files = files;
        this.currentActor = currentActor;
        this.languages = languages;
    }

    @GetMapping(ID)
    String agreement(@PathVariable UUID id, Model model, Locale locale) {
        return page.page(page.existing(id), model, locale, null);
    }

    @PostMapping(ID + "/negotiate")
    String negotiate(@PathVariable UUID id, RedirectAttributes redirect) {
        Flash.outcome(redirect, () -> management.negotiate(page.existing(id).id()), "partnerships.agreement.flash.negotiating");
        return "redirect:" + AgreementPaths.agreement(id);
    }

    @PostMapping(ID + "/approve")
    String approve(@PathVariable UUID id, @ModelAttribute("approveStep") StepForm step, BindingResult result, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        return step(id, "approve", step, result, model, locale, response, redirect, () -> management.approve(id, step.on()));
    }

    @PostMapping(ID + "/sign")
    String sign(@PathVariable UUID id, @ModelAttribute("signStep") StepForm step, BindingResult result, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        return step(id, "sign", step, result, model, locale, response, redirect, () -> management.sign(id, step.on(), step.signingRef()));
    }

    @PostMapping(ID + "/renew")
    String renew(@PathVariable UUID id, @ModelAttribute("renewStep") StepForm step, BindingResult result, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        return step(id, "renew", step, result, model, locale, response, redirect, () -> management.renew(id, step.expiresOn(), step.reason()));
    }

    @PostMapping(ID + "/terminate")
    String terminate(@PathVariable UUID id, @ModelAttribute("terminateStep") StepForm step, BindingResult result, Model model,
            Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        return step(id, "terminate", step, result, model, locale, response, redirect, () -> management.terminate(id, step.on(), step.reason()));
    }

    @PostMapping(ID + "/documents")
    String attach(@PathVariable UUID id, @ModelAttribute("upload") DocumentUpload upload, BindingResult result, Model model,
            Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        AgreementView agreement = page.existing(id);
        try {
            if (upload.missing()) {
                throw new InvalidInputException("file", "files.error.missing");
            }
            String language = upload.language() != null && languages.supports(upload.language()) ? upload.language()
                    : languages.tags().get(0);
            try (InputStream content = upload.content()) {
                StoredFile stored = files.store(currentActor.personId(), upload.file().getOriginalFilename(), content,
                        FileStorage.DOCUMENT_TYPES);
                management.attach(agreement.id(), stored.id(), language, stored.originalName());
            }
            redirect.addFlashAttribute("flashSuccess", "partnerships.agreement.flash.documentAdded");
            return "redirect:" + AgreementPaths.agreement(id);
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, result, response);
            return page.page(agreement, model, locale, "document");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PostMapping(ID + "/commitments")
    String addCommitment(@PathVariable UUID id, @ModelAttribute("commitmentForm") CommitmentForm form, BindingResult result,
            Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        AgreementView agreement = page.existing(id);
        if (result.hasErrors()) {
            FormErrors.retarget(form == null ? CommitmentForm.blank() : form, result, model);
            FormErrors.refused(response);
            return page.page(agreement, model, locale, "commitment");
        }
        try {
            commitments.add(id, new LocalizedText(form.description()), form.organizationId(), form.ownerName(), form.dueOn());
            redirect.addFlashAttribute("flashSuccess", "partnerships.commitment.flash.added");
            return "redirect:" + AgreementPaths.agreement(id) + "#commitments";
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, result, response);
            return page.page(agreement, model, locale, "commitment");
        }
    }

    /** Refused, the page again with the reason next to the reference in the commitment's own row (answered 422). */
    @PostMapping(ID + "/commitments/{commitment}/links")
    String link(@PathVariable UUID id, @PathVariable UUID commitment, @RequestParam(required = false) String recordRef,
            Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        AgreementView agreement = page.existing(id);
        try {
            commitments.link(agreement.id(), commitment, recordRef);
            redirect.addFlashAttribute("flashSuccess", "partnerships.commitment.flash.linked");
            return "redirect:" + AgreementPaths.agreement(id) + "#commitment-" + commitment;
        } catch (InvalidInputException refusal) {
            FormErrors.refused(response);
            model.addAttribute("refusedCommitment", commitment);
            model.addAttribute("refusedRef", recordRef);
            model.addAttribute("linkErrors", refusal.violations().stream()
                    .map(v -> messages.getMessage(v.messageKey(), v.args(), locale)).toList());
            return page.page(agreement, model, locale, "link");
        }
    }

    @PostMapping(ID + "/commitments/{commitment}/links/remove")
    String unlink(@PathVariable UUID id, @PathVariable UUID commitment, @RequestParam(required = false) String recordRef,
            RedirectAttributes redirect) {
        Flash.outcome(redirect, () -> commitments.unlink(page.existing(id).id(), commitment, recordRef),
                "partnerships.commitment.flash.unlinked");
        return "redirect:" + AgreementPaths.agreement(id) + "#commitment-" + commitment;
    }

    @PostMapping(ID + "/commitments/{commitment}/remove")
    String remove(@PathVariable UUID id, @PathVariable UUID commitment, RedirectAttributes redirect) {
        Flash.outcome(redirect, () -> commitments.remove(page.existing(id).id(), commitment),
                "partnerships.commitment.flash.removed");
        return "redirect:" + AgreementPaths.agreement(id) + "#commitments";
    }

    private String step(UUID id, String action, StepForm form, BindingResult result, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect, Runnable command) {
        AgreementView agreement = page.existing(id);
        if (result.hasErrors()) {
            FormErrors.retarget(form == null ? StepForm.blank() : form, result, model);
            FormErrors.refused(response);
            return page.page(agreement, model, locale, action);
        }
        try {
            command.run();
            redirect.addFlashAttribute("flashSuccess", "partnerships.agreement.flash." + action);
            return "redirect:" + AgreementPaths.agreement(id);
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, result, response);
            // a step the agreement cannot take has no form on its page: its reason is shown at the top instead
            model.addAttribute("stepRefusal", refusal.violations().stream()
                    .map(v -> messages.getMessage(v.messageKey(), v.args(), locale)).toList());
            return page.page(agreement, model, locale, action);
        }
    }
}
