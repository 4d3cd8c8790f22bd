package org.ansoplatform.annualreport.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.ansoplatform.annualreport.AnnualReportManagement;
import org.ansoplatform.annualreport.AnnualReportPaths;
import org.ansoplatform.annualreport.AnnualReportQueries;
import org.ansoplatform.annualreport.text.GlossaryProposals;
import org.ansoplatform.annualreport.BlockKind;
import org.ansoplatform.annualreport.BlockSpec;
import org.ansoplatform.annualreport.EditionContent;
import org.ansoplatform.annualreport.EditionView;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.Languages;
import org.ansoplatform.platform.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Secretariat's editor: the editions of every year, creating a year's draft, and the draft's sections, blocks,
 * texts per language (each embedded figure checked when saved, the bad ones named next to the text), glossary and
 * submission to the Board. A refused form shows the whole editor again, answered 422, with the message next to the
 * field that was sent and what was typed kept; nothing is saved.
 */
@Controller
class AnnualReportEditorPages {

    private final AnnualReportManagement management;
    private final AnnualReportQueries queries;
    private final Languages languages;
    private final MessageSource messages;
    private final GlossaryProposals proposals;

    AnnualReportEditorPages(AnnualReportManagement management, AnnualReportQueries queries, Languages languages,
            MessageSource messages, GlossaryProposals proposals) {
        this.proposals = proposals;
        this.management = management;
        this.queries = queries;
        this.languages = languages;
        this.messages = messages;
    }

    /** A refused form: which form (a block's, a section's, "create", "glossary", "submit"), its field and message. */
    record Refusal(String target, String field, String message, Map<String, String> values) {
    }

    @GetMapping(AnnualReportWeb.EDITOR)
    String editions(Model model) {
        return editionsPage(model, null);
    }

    @PostMapping(AnnualReportWeb.EDITOR)
    String create(@RequestParam(name = "year", required = false) String year, Model model, HttpServletResponse response,
            Locale locale) {
        Integer parsed = year == null || !year.strip().matches("\\d{1,4}") ? null : Integer.valueOf(year.strip());
        try {
            management.createDraft(parsed);
            return "redirect:" + AnnualReportPaths.editor(parsed);
        } catch (InvalidInputException refused) {
            FormErrors.refused(response);
            return editionsPage(model, refusal("create", refused, Map.of("year", year == null ? "" : year), locale));
        }
    }

    private String editionsPage(Model model, Refusal refusal) {
        model.addAttribute("editions", queries.editions());
        model.addAttribute("refusal", refusal);
        return "annualreport/editor-editions";
    }

    @GetMapping(AnnualReportWeb.EDITOR + "/{year}")
    String editor(@PathVariable int year, Model model) {
        return editorPage(year, model, null);
    }

    @PostMapping(AnnualReportWeb.EDITOR + "/editions/{id}/sections/{sectionId}")
    String sectionTitles(@PathVariable UUID id, @PathVariable UUID sectionId, @RequestParam Map<String, String> params, Model model,
            HttpServletResponse response, Locale locale, RedirectAttributes redirect) {
        Map<String, String> titles = localized(params, "titles");
        return act(id, sectionId.toString(), titles, model, response, locale, redirect,
                () -> management.sectionTitles(id, sectionId, titles));
    }

    @PostMapping(AnnualReportWeb.EDITOR + "/editions/{id}/blocks/{blockId}/text")
    String text(@PathVariable UUID id, @PathVariable UUID blockId, @RequestParam Map<String, String> params, Model model,
            HttpServletResponse response, Locale locale, RedirectAttributes redirect) {
        Map<String, String> texts = localized(params, "texts");
        return act(id, blockId.toString(), texts, model, response, locale, redirect, () -> management.saveText(id, blockId, texts));
    }

    @PostMapping(AnnualReportWeb.EDITOR + "/editions/{id}/sections/{sectionId}/blocks")
    String addBlock(@PathVariable UUID id, @PathVariable UUID sectionId, @RequestParam(name = "kind", required = false) String kind,
            @RequestParam(name = "figures", required = false) String figures, @RequestParam(name = "chart", required = false) String chart,
            Model model, HttpServletResponse response, Locale locale, RedirectAttributes redirect) {
        BlockKind blockKind = kind == null ? null : java.util.Arrays.stream(BlockKind.values()).filter(k -> k.name().equals(kind))
                .findFirst().orElse(null);
        List<String> refs = figures == null ? List.of() : figures.lines().map(String::strip).filter(l -> !l.isEmpty())
                .map(l -> l.startsWith("{") && l.endsWith("}") ? l.substring(1, l.length() - 1) : l).toList();
        BlockSpec spec = blockKind == BlockKind.FIGURES ? new BlockSpec(refs, null, null, null, null)
                : new BlockSpec(List.of(), refs.isEmpty() ? null : refs.get(0), chart, null, null);
        Map<String, String> kept = new LinkedHashMap<>();
        kept.put("figures", figures == null ? "" : figures);
        return act(id, "add-" + sectionId, kept, model, response, locale, redirect,
                () -> management.addBlock(id, sectionId, blockKind, spec));
    }

    @PostMapping(AnnualReportWeb.EDITOR + "/editions/{id}/blocks/{blockId}/move")
    String move(@PathVariable UUID id, @PathVariable UUID blockId, @RequestParam(name = "up", defaultValue = "false") boolean up,
            Model model, HttpServletResponse response, Locale locale, RedirectAttributes redirect) {
        return act(id, blockId.toString(), Map.of(), model, response, locale, redirect, () -> management.moveBlock(id, blockId, up));
    }

    @PostMapping(AnnualReportWeb.EDITOR + "/editions/{id}/blocks/{blockId}/remove")
    String remove(@PathVariable UUID id, @PathVariable UUID blockId, Model model, HttpServletResponse response, Locale locale,
            RedirectAttributes redirect) {
        return act(id, blockId.toString(), Map.of(), model, response, locale, redirect, () -> management.removeBlock(id, blockId));
    }

    @PostMapping(AnnualReportWeb.EDITOR + "/editions/{id}/glossary")
    String glossary(@PathVariable UUID id, @RequestParam Map<String, String> params, Model model, HttpServletResponse response,
            Locale locale, RedirectAttributes redirect) {
        Map<String, String> expansion = localized(params, "expansion");
        Map<String, String> kept = new LinkedHashMap<>(expansion);
        kept.put("term", params.getOrDefault("term", ""));
        return act(id, "glossary", kept, model, response, locale, redirect,
                () -> management.addGlossary(id, params.get("term"), expansion));
    }

    @PostMapping(AnnualReportWeb.EDITOR + "/editions/{id}/glossary/proposals")
    String proposedGlossary(@PathVariable UUID id, @RequestParam(name = "terms", required = false) List<String> terms, Model model,
            HttpServletResponse response, Locale locale, RedirectAttributes redirect) {
        return act(id, "proposals", Map.of(), model, response, locale, redirect, () -> management.addProposedGlossary(id, terms));
    }

    @PostMapping(AnnualReportWeb.EDITOR + "/editions/{id}/glossary/{entryId}/remove")
    String removeGlossary(@PathVariable UUID id, @PathVariable UUID entryId, Model model, HttpServletResponse response,
            Locale locale, RedirectAttributes redirect) {
        return act(id, "glossary", Map.of(), model, response, locale, redirect, () -> management.removeGlossary(id, entryId));
    }

    @PostMapping(AnnualReportWeb.EDITOR + "/editions/{id}/submit")
    String submit(@PathVariable UUID id, Model model, HttpServletResponse response, Locale locale, RedirectAttributes redirect) {
        return act(id, "submit", Map.of(), model, response, locale, redirect, () -> management.submit(id));
    }

    private String act(UUID editionId, String target, Map<String, String> values, Model model, HttpServletResponse response,
            Locale locale, RedirectAttributes redirect, Runnable action) {
        EditionView edition = queries.edition(editionId).orElseThrow(() -> new NotFoundException("edition " + editionId));
        try {
            action.run();
            redirect.addFlashAttribute("flashSuccess", "annualreport.saved");
            return "redirect:" + AnnualReportPaths.editor(edition.year()) + "#" + anchor(target);
        } catch (InvalidInputException refused) {
            FormErrors.refused(response);
            return editorPage(edition.year(), model, refusal(target, refused, values, locale), edition);
        }
    }

    private String editorPage(int year, Model model, Refusal refusal) {
        return editorPage(year, model, refusal, null);
    }

    private String editorPage(int year, Model model, Refusal refusal, EditionView shown) {
        EditionView edition = shown != null ? shown : queries.liveDraft(year).orElse(null);
        List<EditionView> ofYear = queries.editions().stream().filter(e -> e.year() == year).toList();
        if (edition == null && ofYear.isEmpty()) {
            throw new NotFoundException("annual report " + year);
        }
        model.addAttribute("year", year);
        model.addAttribute("edition", edition);
        model.addAttribute("editions", ofYear);
        model.addAttribute("frozen", queries.latestFrozen(year).orElse(null));
        model.addAttribute("refusal", refusal);
        model.addAttribute("kinds", BlockKind.values());
        if (edition != null) {
            EditionContent content = queries.content(edition.id()).orElseThrow();
            model.addAttribute("draft", content);
            model.addAttribute("sections", EditorSection.of(content));
            model.addAttribute("proposals", edition.status().frozen() ? List.of() : proposals.proposals(year, content));
        }
        return "annualreport/editor";
    }

    private Refusal refusal(String target, InvalidInputException refused, Map<String, String> values, Locale locale) {
        InvalidInputException.Violation first = refused.violations().get(0);
        String message = refused.violations().stream().map(v -> messages.getMessage(v.messageKey(), v.args(), locale))
                .reduce((a, b) -> a + " " + b).orElse("");
        return new Refusal(target, first.field() == null ? "form" : first.field(), message, values);
    }

    private Map<String, String> localized(Map<String, String> params, String field) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String tag : languages.tags()) {
            String value = params.get(field + "[" + tag + "]");
            if (value != null) {
                values.put(tag, value);
            }
        }
        return values;
    }

    private static String anchor(String target) {
        return "edit-" + target;
    }

    /** Sections in reading order with their depth, for one flat list of forms. */
    record EditorSection(EditionContent.SectionView section, int depth, List<EditionContent.BlockView> blocks) {

        static List<EditorSection> of(EditionContent content) {
            List<EditorSection> flat = new ArrayList<>();
            add(content, null, 1, flat);
            return flat;
        }

        private static void add(EditionContent content, UUID parent, int depth, List<EditorSection> flat) {
            for (EditionContent.SectionView s : content.children(parent)) {
                flat.add(new EditorSection(s, depth, content.blocksOf(s.id())));
                add(content, s.id(), depth + 1, flat);
            }
        }
    }
}
