package org.ansoplatform.calls.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.servlet.http.HttpServletResponse;

import org.ansoplatform.calls.ApplicationForm;
import org.ansoplatform.calls.CallDefinition;
import org.ansoplatform.calls.CallManagement;
import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.FieldType;
import org.ansoplatform.calls.FormField;
import org.ansoplatform.calls.definition.FormEdits;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.shared.LocalizedText;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The form builder: the call’s sections and questions edited one operation at a time, each a POST that carries the
 * call’s version and redirects back to the question it changed, so the pages work without JavaScript. Every change
 * is saved through {@link CallManagement#update}, with all of its checks; a refused one shows its messages next to
 * the inputs (the builder’s paths, {@code fields[cv].requiredIf}) and changes nothing.
 */
@Controller
class CallFormBuilderPages {

    static final String BUILDER = "builder";
    private static final String BASE = "/secretariat/calls/{id}/builder/form";

    private final CallQueries calls;
    private final CallManagement management;
    private final MessageSource messages;

    CallFormBuilderPages(CallQueries calls, CallManagement management, MessageSource messages) {
        this.calls = calls;
        this.management = management;
        this.messages = messages;
    }

    @GetMapping(BASE)
    String form(@PathVariable UUID id, Model model) {
        CallView call = calls.any(id);
        bind(Map.of(), model);
        return page(call, model);
    }

    @PostMapping(BASE + "/sections")
    String addSection(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> posted, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) {
        return change(id, posted, model, locale, redirect, response, "section-" + posted.getFirst("sectionKey"),
                form -> FormEdits.addSection(form, posted.getFirst("sectionKey"), texts(posted, "sectionTitle")));
    }

    @PostMapping(BASE + "/sections/{key}")
    String renameSection(@PathVariable UUID id, @PathVariable String key, @RequestParam MultiValueMap<String, String> posted, Model model,
            Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        return change(id, posted, model, locale, redirect, response, "section-" + key,
                form -> FormEdits.renameSection(form, key, texts(posted, "sections[" + key + "].title")));
    }

    @PostMapping(BASE + "/sections/{key}/move")
    String moveSection(@PathVariable UUID id, @PathVariable String key, @RequestParam MultiValueMap<String, String> posted, Model model,
            Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        return change(id, posted, model, locale, redirect, response, "section-" + key,
                form -> FormEdits.moveSection(form, key, direction(posted)));
    }

    @PostMapping(BASE + "/sections/{key}/remove")
    String removeSection(@PathVariable UUID id, @PathVariable String key, @RequestParam MultiValueMap<String, String> posted, Model model,
            Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        return change(id, posted, model, locale, redirect, response, "", form -> FormEdits.removeSection(form, key));
    }

    /** A new question from its key, type, label and (for a choice) its options; then its editor for the rest. */
    @PostMapping(BASE + "/fields")
    String addField(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> posted, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) {
        String key = posted.getFirst("newField.key") == null ? "" : posted.getFirst("newField.key").strip();
        FieldType type;
        try {
            type = FieldType.valueOf(String.valueOf(posted.getFirst("newField.type")));
        } catch (IllegalArgumentException e) {
            type = null;
        }
        List<FormField.Option> options = new ArrayList<>();
        for (String line : String.valueOf(posted.getFirst("newField.options") == null ? "" : posted.getFirst("newField.options")).split("\\R")) {
            String[] parts = line.split("=", 2);
            if (!parts[0].isBlank()) {
                String label = parts.length > 1 && !parts[1].isBlank() ? parts[1].strip() : parts[0].strip();
                options.add(new FormField.Option(parts[0].strip(), LocalizedText.of(Map.of("en", label))));
            }
        }
        FormField field = new FormField(key, type, texts(posted, "newField.label"), null, false, null, options, null, null);
        // the new question has no row yet: what the whole form says of it goes next to the inputs that added it
        String saved = change(id, posted, model, locale, redirect, response, "field-" + key, Map.of("fields[" + key + "]", "newField.options"),
                form -> FormEdits.addField(form, posted.getFirst("newField.section"), field));
        return saved.startsWith("redirect:") ? "redirect:/secretariat/calls/" + id + "/builder/form/fields/" + key : saved;
    }

    @GetMapping(BASE + "/fields/{key}")
    String field(@PathVariable UUID id, @PathVariable String key, Model model) {
        CallView call = calls.any(id);
        FormField field = call.definition().form().field(key).orElseThrow(() -> new NotFoundException("question " + key));
        bind(Map.of(), model);
        return fieldPage(call, key, FieldDraft.of(field), model);
    }

    @PostMapping(BASE + "/fields/{key}")
    String saveField(@PathVariable UUID id, @PathVariable String key, @RequestParam MultiValueMap<String, String> posted, Model model,
            Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        CallView call = calls.any(id);
        call.definition().form().field(key).orElseThrow(() -> new NotFoundException("question " + key));
        FieldDraft draft = FieldDraft.posted(posted);
        String path = "fields[" + key + "]";
        BindingResult result = bind(flat(posted), model);
        List<Violation> problems = new ArrayList<>();
        FormField field = draft.toField(path, problems);
        if (field == null) {
            FormErrors.refuse(new InvalidInputException(problems), result, response);
            return fieldPage(call, key, draft.padded(), model);
        }
        try {
            ApplicationForm changed = FormEdits.replaceField(call.definition().form(), key, field);
            save(call, changed, posted, locale, redirect);
            return "redirect:/secretariat/calls/" + id + "/builder/form#field-" + field.key();
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(new InvalidInputException(onPaths(refusal, changedKey(key, field.key()))), result, response);
            return fieldPage(calls.any(id), key, draft.padded(), model);
        }
    }

    @PostMapping(BASE + "/fields/{key}/move")
    String moveField(@PathVariable UUID id, @PathVariable String key, @RequestParam MultiValueMap<String, String> posted, Model model,
            Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        return change(id, posted, model, locale, redirect, response, "field-" + key, form -> FormEdits.moveField(form, key, direction(posted)));
    }

    @PostMapping(BASE + "/fields/{key}/remove")
    String removeField(@PathVariable UUID id, @PathVariable String key, @RequestParam MultiValueMap<String, String> posted, Model model,
            Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        return change(id, posted, model, locale, redirect, response, "", form -> FormEdits.removeField(form, key));
    }

    /** Hidden from new applicants (what a question answered by submitted applications can be instead of removed), or shown again. */
    @PostMapping(BASE + "/fields/{key}/hide")
    String hideField(@PathVariable UUID id, @PathVariable String key, @RequestParam MultiValueMap<String, String> posted, Model model,
            Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        boolean hidden = !"false".equals(posted.getFirst("hidden"));
        return change(id, posted, model, locale, redirect, response, "field-" + key, form -> FormEdits.hideField(form, key, hidden));
    }

    private String change(UUID id, MultiValueMap<String, String> posted, Model model, Locale locale, RedirectAttributes redirect,
            HttpServletResponse response, String anchor, UnaryOperator<ApplicationForm> edit) {
        return change(id, posted, model, locale, redirect, response, anchor, Map.of(), edit);
    }

    private String change(UUID id, MultiValueMap<String, String> posted, Model model, Locale locale, RedirectAttributes redirect,
            HttpServletResponse response, String anchor, Map<String, String> moved, UnaryOperator<ApplicationForm> edit) {
        CallView call = calls.any(id);
        BindingResult result = bind(flat(posted), model);
        try {
            save(call, edit.apply(call.definition().form()), posted, locale, redirect);
            return "redirect:/secretariat/calls/" + id + "/builder/form" + (anchor.isEmpty() ? "" : "#" + anchor);
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(new InvalidInputException(onPaths(refusal, moved)), result, response);
            return page(calls.any(id), model);
        }
    }

    private void save(CallView call, ApplicationForm form, MultiValueMap<String, String> posted, Locale locale, RedirectAttributes redirect) {
        CallDefinition old = call.definition();
        CallDefinition changed = new CallDefinition(old.programmeCode(), old.code(), old.referencePrefix(), old.title(), old.description(),
                old.zone(), old.opens(), old.closes(), old.status(), old.refereeCount(), old.nominationQuota(), old.tracks(), old.hosts(),
                form, old.eligibility(), old.reopenBeforeDeadline());
        CallManagement.Notices notices = management.update(call.id(), changed, version(posted));
        redirect.addFlashAttribute("flashSuccess", "callbuilder.saved");
        redirect.addFlashAttribute("callNotices", CallNoticeTexts.of(notices, messages, locale));
    }

    /**
     * The saved call’s problems on the builder’s paths: a problem of the whole form names its question (its first
     * argument), a stale version is the page’s; {@code moved} sends a path’s problems to other inputs (a renamed
     * question’s to the inputs of its old key).
     */
    private static List<Violation> onPaths(InvalidInputException refusal, Map<String, String> moved) {
        List<Violation> placed = new ArrayList<>();
        for (Violation violation : refusal.violations()) {
            String field = violation.field();
            if ("form".equals(field) && violation.args().length > 0) {
                field = "fields[" + String.valueOf(violation.args()[0]).split("\\.", 2)[0] + "]";
            } else if ("version".equals(field) || field == null || !field.startsWith("fields[") && !field.startsWith("section")
                    && !field.startsWith("newField")) {
                field = null;
            }
            for (Map.Entry<String, String> move : moved.entrySet()) {
                if (field != null && field.startsWith(move.getKey())) {
                    field = move.getValue() + field.substring(move.getKey().length());
                    break;
                }
            }
            placed.add(new Violation(field, violation.messageKey(), violation.args()));
        }
        return placed;
    }

    private static Map<String, String> changedKey(String oldKey, String newKey) {
        return oldKey.equals(newKey) ? Map.of() : Map.of("fields[" + newKey + "]", "fields[" + oldKey + "]");
    }

    private String page(CallView call, Model model) {
        model.addAttribute("call", call);
        model.addAttribute("types", FieldType.values());
        model.addAttribute("choiceQuestions", call.definition().form().fields().stream()
                .filter(field -> field.type() == FieldType.SINGLE_CHOICE || field.type() == FieldType.MULTIPLE_CHOICE).toList());
        return "calls/secretariat/builder/form";
    }

    private String fieldPage(CallView call, String key, FieldDraft draft, Model model) {
        model.addAttribute("call", call);
        model.addAttribute("key", key);
        model.addAttribute("path", "fields[" + key + "]");
        model.addAttribute("draft", draft);
        model.addAttribute("types", FieldType.values());
        model.addAttribute("columnTypes", java.util.Arrays.stream(FieldType.values()).filter(FieldType::allowedInGroup).toList());
        model.addAttribute("choiceQuestions", call.definition().form().fields().stream()
                .filter(field -> !field.key().equals(key))
                .filter(field -> field.type() == FieldType.SINGLE_CHOICE || field.type() == FieldType.MULTIPLE_CHOICE).toList());
        return "calls/secretariat/builder/form-field";
    }

    private static BindingResult bind(Map<String, Object> values, Model model) {
        Map<String, Object> target = new LinkedHashMap<>(values);
        BindingResult result = new MapBindingResult(target, BUILDER);
        model.addAttribute(BUILDER, target);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + BUILDER, result);
        return result;
    }

    private static Map<String, Object> flat(MultiValueMap<String, String> posted) {
        Map<String, Object> values = new LinkedHashMap<>();
        posted.forEach((name, list) -> values.put(name, list.isEmpty() ? null : list.get(0)));
        return values;
    }

    private static LocalizedText texts(MultiValueMap<String, String> posted, String prefix) {
        Map<String, String> values = new LinkedHashMap<>();
        posted.forEach((name, list) -> {
            if (name.startsWith(prefix + "[") && name.endsWith("]") && !list.isEmpty()) {
                values.put(name.substring(prefix.length() + 1, name.length() - 1), list.get(0));
            }
        });
        return LocalizedText.of(values);
    }

    private static FormEdits.Direction direction(MultiValueMap<String, String> posted) {
        return "up".equalsIgnoreCase(posted.getFirst("direction")) ? FormEdits.Direction.UP : FormEdits.Direction.DOWN;
    }

    private static int version(MultiValueMap<String, String> posted) {
        try {
            return Integer.parseInt(String.valueOf(posted.getFirst("version")).strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
