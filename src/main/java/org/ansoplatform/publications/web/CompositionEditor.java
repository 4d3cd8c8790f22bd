package org.ansoplatform.publications.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.ansoplatform.platform.Flash;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.publications.front.compose.Composition;
import org.ansoplatform.publications.front.compose.CompositionCandidates;
import org.ansoplatform.publications.front.compose.CompositionEdition;
import org.ansoplatform.publications.front.compose.CompositionManagement;
import org.ansoplatform.publications.front.compose.CompositionPublishing;
import org.ansoplatform.publications.front.compose.CompositionQueries;
import org.ansoplatform.publications.PublicationsPaths;
import org.ansoplatform.shared.LocalizedText;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A composition's editor page: its titles and editorial, its picks in order with up and down buttons, a text per
 * pick and language, and the candidates still to pick. A refused form is shown again with its messages next to its
 * fields (422); the buttons redirect with a message.
 */
@Controller
class CompositionEditor {

    private static final String ID = CompositionWeb.PATH + "/{id}";

    private final CompositionQueries queries;
    private final CompositionManagement management;
    private final CompositionCandidates candidates;
    private final CompositionEdition edition;
    private final CompositionPublishing publishing;
    private final Clock clock;

    CompositionEditor(CompositionQueries queries, CompositionManagement management, CompositionCandidates candidates,
            CompositionEdition edition, CompositionPublishing publishing, Clock clock) {
        this.queries = queries;
        this.management = management;
        this.candidates = candidates;
        this.edition = edition;
        this.publishing = publishing;
        this.clock = clock;
    }

    @GetMapping(ID)
    String composition(@PathVariable UUID id, Model model, Locale locale) {
        Composition composition = existing(id);
        model.addAttribute("form", CompositionTextsForm.of(composition));
        model.addAttribute("pickForm", CompositionPickForm.blank());
        return page(composition, model, locale);
    }

    @PostMapping(ID)
    String edit(@PathVariable UUID id, @ModelAttribute("form") CompositionTextsForm form, BindingResult result, Model model,
            Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        Composition composition = existing(id);
        model.addAttribute("pickForm", CompositionPickForm.blank());
        try {
            management.edit(id, new LocalizedText(form.title()), new LocalizedText(form.editorial()));
            redirect.addFlashAttribute("flashSuccess", "publications.composition.flash.saved");
            return "redirect:" + CompositionWeb.PATH + "/" + id;
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, result, response);
            return page(composition, model, locale);
        }
    }

    @PostMapping(ID + "/picks")
    String pick(@PathVariable UUID id, @ModelAttribute("pickForm") CompositionPickForm form, BindingResult result, Model model,
            Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        Composition composition = existing(id);
        try {
            management.pick(id, form.record());
            redirect.addFlashAttribute("flashSuccess", "publications.composition.flash.picked");
            return "redirect:" + CompositionWeb.PATH + "/" + id + "#picks";
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, result, response);
            model.addAttribute("form", CompositionTextsForm.of(composition));
            return page(composition, model, locale);
        }
    }

    @PostMapping(ID + "/picks/{pick}/up")
    String up(@PathVariable UUID id, @PathVariable UUID pick, RedirectAttributes redirect) {
        Flash.outcome(redirect, () -> management.move(id, pick, true), "publications.composition.flash.moved");
        return "redirect:" + CompositionWeb.PATH + "/" + id + "#picks";
    }

    @PostMapping(ID + "/picks/{pick}/down")
    String down(@PathVariable UUID id, @PathVariable UUID pick, RedirectAttributes redirect) {
        Flash.outcome(redirect, () -> management.move(id, pick, false), "publications.composition.flash.moved");
        return "redirect:" + CompositionWeb.PATH + "/" + id + "#picks";
    }

    @PostMapping(ID + "/picks/{pick}/remove")
    String remove(@PathVariable UUID id, @PathVariable UUID pick, RedirectAttributes redirect) {
        Flash.outcome(redirect, () -> management.unpick(id, pick), "publications.composition.flash.removed");
        return "redirect:" + CompositionWeb.PATH + "/" + id + "#picks";
    }

    /** The editor's text for a pick in each language ({@code text[en]}, {@code text[zh]}, ...). */
    @PostMapping(ID + "/picks/{pick}/text")
    String text(@PathVariable UUID id, @PathVariable UUID pick, @ModelAttribute("textForm") CompositionPickTextForm form,
            BindingResult ignored, RedirectAttributes redirect) {
        Flash.outcome(redirect, () -> management.text(id, pick, new LocalizedText(form.text())), "publications.composition.flash.texted");
        return "redirect:" + CompositionWeb.PATH + "/" + id + "#pick-" + pick;
    }

    /** Publishes the composition as an issue of a magazine series; the series' rules refuse next to the fields. */
    @PostMapping(ID + "/publish")
    String publish(@PathVariable UUID id, @ModelAttribute("publishForm") CompositionPublishForm form, BindingResult result,
            Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        Composition composition = existing(id);
        return FormErrors.submit(form, result, model, response, () -> {
            UUID issue = publishing.publish(id, form.series(), form.number(), form.date());
            redirect.addFlashAttribute("flashSuccess", "publications.composition.flash.published");
            return "redirect:" + PublicationsPaths.issue(issue);
        }, () -> {
            model.addAttribute("form", CompositionTextsForm.of(composition));
            model.addAttribute("pickForm", CompositionPickForm.blank());
            return page(composition, model, locale);
        });
    }

    private Composition existing(UUID id) {
        return queries.byId(id).orElseThrow(() -> new NotFoundException("composition " + id));
    }

    private String page(Composition composition, Model model, Locale locale) {
        model.addAttribute("composition", composition);
        model.addAttribute("edition", edition.of(composition, locale));
        java.util.Set<String> picked = composition.picks().stream().map(p -> p.ref().toString()).collect(java.util.stream.Collectors.toSet());
        model.addAttribute("candidates", candidates.of(composition.kind()).stream()
                .filter(candidate -> !picked.contains(candidate.ref().toString())).toList());
        if (composition.issueId() == null) {
            model.addAttribute("publishSeries", publishing.series());
            if (!model.containsAttribute("publishForm")) {
                UUID series = publishing.defaultSeries(composition.kind()).map(s -> s.id()).orElse(null);
                model.addAttribute("publishForm", new CompositionPublishForm(series,
                        series == null ? null : publishing.nextNumber(series), LocalDate.now(clock)));
            }
        } else {
            model.addAttribute("issuePath", PublicationsPaths.issue(composition.issueId()));
        }
        return "publications/front/composition";
    }
}
