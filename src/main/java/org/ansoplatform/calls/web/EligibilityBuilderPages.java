package org.ansoplatform.calls.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.ansoplatform.calls.CallDefinition;
import org.ansoplatform.calls.CallManagement;
import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.FieldType;
import org.ansoplatform.calls.definition.EligibilityEdits;
import org.ansoplatform.calls.definition.RuleInput;
import org.ansoplatform.calls.eligibility.Degree;
import org.ansoplatform.calls.eligibility.Eligibility;
import org.ansoplatform.calls.eligibility.Rule;
import org.ansoplatform.calls.eligibility.WithReason;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The eligibility builder: a call’s rules as a tree of typed forms (add, edit, wrap in a combination, move,
 * remove), each change saved through {@link CallManagement#update} with the call’s version, every problem
 * shown next to the parameter it concerns ({@code rules[2].maxAge}). Works without JavaScript.
 */
@Controller
class EligibilityBuilderPages {

    /** What the builder posts: the action, the rule’s path, its parameters as typed and the call’s version. */
    record BuilderForm(Integer version, String action, String path, String parent, String kind, String id, String maxAge,
            String referenceDate, String degree, String by, List<String> included, List<String> excluded,
            List<String> documentTypes, List<String> accepted, Map<String, String> reason, String wrapKind, String wrapId) {

        RuleInput input() {
            return new RuleInput(kind, id, maxAge, referenceDate, degree, by, included, excluded, documentTypes, accepted, reason);
        }
    }

    /** One rule of the tree as the page lists it, with its depth for the indentation. */
    record Row(String path, int depth, String kind, String id, String sentence, String reason, boolean combination,
            boolean first, boolean last) {
    }

    private final CallQueries calls;
    private final CallManagement management;
    private final MessageSource messages;

    EligibilityBuilderPages(CallQueries calls, CallManagement management, MessageSource messages) {
        this.calls = calls;
        this.management = management;
        this.messages = messages;
    }

    @GetMapping("/secretariat/calls/{id}/builder/eligibility")
    String page(@PathVariable UUID id, @RequestParam(required = false) String edit, @RequestParam(required = false) String add,
            @RequestParam(required = false) String parent, Model model, Locale locale) {
        CallView call = calls.any(id);
        List<Rule> rules = Eligibility.fromJson(call.definition().eligibility());
        RuleInput input = null;
        String path = null;
        if (edit != null) {
            try {
                input = RuleInput.of(EligibilityEdits.find(rules, edit));
                path = edit;
            } catch (InvalidInputException e) {
                edit = null;
            }
        } else if (add != null && EligibilityEdits.LEAF_KINDS.contains(add)) {
            input = new RuleInput(add, "", null, null, null, null, null, null, null, null, null);
        }
        model.addAttribute("preselectedParent", parent);
        return page(call, rules, input, path, add == null ? null : (parent == null ? "" : parent),
                new MapBindingResult(new HashMap<>(), "builder"), model, locale);
    }

    @PostMapping("/secretariat/calls/{id}/builder/eligibility")
    String change(@PathVariable UUID id, @ModelAttribute BuilderForm form, Model model, Locale locale, RedirectAttributes redirect,
            HttpServletResponse response) {
        CallView call = calls.any(id);
        List<Rule> rules = Eligibility.fromJson(call.definition().eligibility());
        String action = form.action() == null ? "" : form.action();
        String anchor = form.path();
        try {
            List<Rule> changed = switch (action) {
                case "add" -> EligibilityEdits.add(rules, form.parent(), form.input());
                case "save" -> EligibilityEdits.replace(rules, form.path(), form.input());
                case "wrap" -> EligibilityEdits.wrap(rules, form.path(), form.wrapKind(), form.wrapId());
                case "up", "down" -> EligibilityEdits.move(rules, form.path(), "up".equals(action));
                case "remove" -> EligibilityEdits.remove(rules, form.path());
                default -> throw new InvalidInputException(null, "callrules.rule.gone");
            };
            CallDefinition old = call.definition();
            management.update(call.id(), new CallDefinition(old.programmeCode(), old.code(), old.referencePrefix(), old.title(),
                    old.description(), old.zone(), old.opens(), old.closes(), old.status(), old.refereeCount(), old.nominationQuota(),
                    old.tracks(), old.hosts(), old.form(), Eligibility.toJson(changed), old.reopenBeforeDeadline()),
                    form.version() == null ? -1 : form.version());
            redirect.addFlashAttribute("flashSuccess", "callrules.eligibility.saved");
            return "redirect:/secretariat/calls/" + call.id() + "/builder/eligibility"
                    + ("remove".equals(action) || anchor == null ? "" : "#rule-" + anchor);
        } catch (InvalidInputException refusal) {
            BindingResult errors = new MapBindingResult(new HashMap<>(), "builder");
            FormErrors.refuse(refusal, errors, response);
            boolean editing = "add".equals(action) || "save".equals(action);
            RuleInput input = editing ? form.input() : null;
            if ("save".equals(action) && input != null) {
                try {
                    input = withKind(input, EligibilityEdits.kindOf(EligibilityEdits.find(rules, form.path())));
                } catch (InvalidInputException gone) {
                    input = null;
                }
            }
            return page(call, rules, input, "save".equals(action) ? form.path() : null,
                    "add".equals(action) ? (form.parent() == null ? "" : form.parent()) : null, errors, model, locale);
        }
    }

    private String page(CallView call, List<Rule> rules, RuleInput input, String editPath, String addParent, BindingResult errors,
            Model model, Locale locale) {
        model.addAttribute("call", call);
        List<Row> rows = new ArrayList<>();
        rows(rules, "", 0, rows, locale);
        model.addAttribute("rows", rows);
        model.addAttribute("input", input);
        model.addAttribute("editPath", editPath);
        model.addAttribute("addParent", addParent);
        String formPath = editPath != null ? editPath : addParent == null ? null : nextPath(rules, addParent);
        model.addAttribute("formPath", formPath);
        model.addAttribute("leafKinds", EligibilityEdits.LEAF_KINDS);
        model.addAttribute("combinations", EligibilityEdits.COMBINATIONS);
        model.addAttribute("certificates", EligibilityEdits.CERTIFICATES);
        model.addAttribute("degrees", Degree.values());
        model.addAttribute("countries", Countries.all(locale));
        model.addAttribute("documentTypes", call.definition().form().fields().stream().filter(f -> f.type() == FieldType.FILE)
                .map(f -> new Countries.Country(f.key(), f.label().in(locale))).toList());
        model.addAttribute("combinationPaths", rows.stream().filter(row -> row.combination() && !"not".equals(row.kind())).toList());
        model.addAttribute("builder", new HashMap<String, Object>());
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "builder", errors);
        return "calls/secretariat/builder/eligibility";
    }

    private void rows(List<Rule> rules, String prefix, int depth, List<Row> rows, Locale locale) {
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            String path = prefix.isEmpty() ? String.valueOf(i) : prefix + "." + i;
            String kind = EligibilityEdits.kindOf(rule);
            var reason = WithReason.reasonOf(rule);
            rows.add(new Row(path, Math.min(depth, 7), kind, rule.id(), Eligibility.describe(rule, messages, locale),
                    reason == null ? null : reason.in(locale), EligibilityEdits.COMBINATIONS.contains(kind), i == 0,
                    i == rules.size() - 1));
            rows(EligibilityEdits.children(rule), path, depth + 1, rows, locale);
        }
    }

    /** Where a rule added under {@code parent} will be, so that its messages are next to its inputs. */
    private static String nextPath(List<Rule> rules, String parent) {
        if (parent.isBlank()) {
            return String.valueOf(rules.size());
        }
        try {
            return parent + "." + EligibilityEdits.children(EligibilityEdits.find(rules, parent)).size();
        } catch (InvalidInputException e) {
            return parent + ".0";
        }
    }

    private static RuleInput withKind(RuleInput input, String kind) {
        return new RuleInput(kind, input.id(), input.maxAge(), input.referenceDate(), input.degree(), input.by(), input.included(),
                input.excluded(), input.documentTypes(), input.accepted(), input.reason());
    }
}
