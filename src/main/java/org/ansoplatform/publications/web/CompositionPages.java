package org.ansoplatform.publications.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.Languages;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.publications.front.compose.Composition;
import org.ansoplatform.publications.front.compose.CompositionCandidates;
import org.ansoplatform.publications.front.compose.CompositionEdition;
import org.ansoplatform.publications.front.compose.CompositionKind;
import org.ansoplatform.publications.front.compose.CompositionManagement;
import org.ansoplatform.publications.front.compose.CompositionQueries;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The editor's composed issues (SECRETARIAT, by the path's prefix): the list, a new composition with its first
 * picks among the candidates of its kind, and each composition's web edition and PDF in any configured language.
 * The editor page and its changes are {@link CompositionEditor}'s. The language of an edition is asked as
 * {@code ?language=} ({@code lang} would switch the reader's own).
 */
@Controller
class CompositionPages {

    static final String PATH = CompositionWeb.PATH;

    private final CompositionQueries queries;
    private final CompositionManagement management;
    private final CompositionCandidates candidates;
    private final CompositionEdition edition;
    private final Languages languages;
    private final Clock clock;

    CompositionPages(CompositionQueries queries, CompositionManagement management, CompositionCandidates candidates,
            CompositionEdition edition, Languages languages, Clock clock) {
        this.queries = queries;
        this.management = management;
        this.candidates = candidates;
        this.edition = edition;
        this.languages = languages;
        this.clock = clock;
    }

    /** The kind asked for a new composition ({@code ?kind=}); one that cannot be read is left out. */
    record KindChoice(CompositionKind kind) {
    }

    @GetMapping(PATH)
    String list(Model model) {
        model.addAttribute("compositions", queries.all());
        model.addAttribute("kinds", List.of(CompositionKind.values()));
        return "publications/front/compositions";
    }

    /** The new composition's form, for the kind asked (Outreach unless Highlight is), its candidates listed. */
    @GetMapping(PATH + "/new")
    String newComposition(@ModelAttribute("choice") KindChoice choice, BindingResult ignored, Model model) {
        CompositionKind chosen = ignored.hasErrors() || choice.kind() == null ? CompositionKind.OUTREACH : choice.kind();
        model.addAttribute("form", CompositionForm.blank(chosen, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).getYear()));
        return form(chosen, model);
    }

    @PostMapping(PATH + "/new")
    String create(@ModelAttribute("form") CompositionForm form, BindingResult result, Model model, HttpServletResponse response) {
        CompositionKind kind = form == null || form.kind() == null ? CompositionKind.OUTREACH : form.kind();
        if (result.hasErrors()) {
            FormErrors.retarget(form == null ? CompositionForm.blank(kind, 0) : form, result, model);
            FormErrors.refused(response);
            return form(kind, model);
        }
        try {
            UUID id = management.create(form.command());
            return "redirect:" + PATH + "/" + id;
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, result, response);
            return form(kind, model);
        }
    }

    /** The web edition in a configured language (the reader's when none or an unknown one is asked). */
    @GetMapping(PATH + "/{id}/edition")
    String edition(@PathVariable UUID id, @RequestParam(required = false) String language, Locale locale, Model model) {
        Locale shown = language(language, locale);
        model.addAttribute("edition", edition.of(existing(id), shown));
        model.addAttribute("languageChoices", languages.choices());
        model.addAttribute("shownLanguage", shown.getLanguage());
        return "publications/front/composition-edition";
    }

    @GetMapping(PATH + "/{id}/edition.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, @RequestParam(required = false) String language, Locale locale) {
        Composition composition = existing(id);
        Locale shown = language(language, locale);
        String name = composition.kind().name().toLowerCase(Locale.ROOT) + "-" + composition.year() + "-" + composition.number()
                + "-" + shown.getLanguage() + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
                .body(edition.pdf(composition, shown));
    }

    private Composition existing(UUID id) {
        return queries.byId(id).orElseThrow(() -> new NotFoundException("composition " + id));
    }

    private Locale language(String lang, Locale locale) {
        return lang != null && languages.supports(lang) ? Locale.forLanguageTag(languages.closest(lang)) : locale;
    }

    private String form(CompositionKind kind, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", List.of(CompositionKind.values()));
        model.addAttribute("candidates", candidates.of(kind));
        Object form = model.getAttribute("form");
        Set<String> chosen = form instanceof CompositionForm f ? Set.copyOf(f.picks()) : Set.of();
        model.addAttribute("chosen", chosen);
        return "publications/front/composition-new";
    }

}
