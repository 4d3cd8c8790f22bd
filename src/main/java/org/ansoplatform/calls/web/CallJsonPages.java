package org.ansoplatform.calls.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.ansoplatform.calls.ApplicationForm;
import org.ansoplatform.calls.CallDefinition;
import org.ansoplatform.calls.CallManagement;
import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.SelectionSettings;
import org.ansoplatform.calls.eligibility.Eligibility;
import org.ansoplatform.calls.selection.SelectionRuleBook;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A call’s form, eligibility rules and selection rules as one JSON document, for power users: downloaded, and
 * uploaded or pasted back through the builders’ checks ({@link CallManagement#update}, the rules’ checks, the
 * selection rules’ checks), every problem listed with its path and nothing changed unless all pass.
 */
@Controller
class CallJsonPages {

    /** A problem of an import: where in the document, and what is wrong, in the reader’s language. */
    record Problem(String path, String message) {
    }

    private static final long MAX_BYTES = 2_000_000;

    private final CallQueries calls;
    private final CallManagement management;
    private final SelectionRuleBook ruleBook;
    private final JsonMapper json;
    private final MessageSource messages;
    private final TransactionTemplate transaction;

    CallJsonPages(CallQueries calls, CallManagement management, SelectionRuleBook ruleBook, JsonMapper json, MessageSource messages,
            PlatformTransactionManager transactions) {
        this.calls = calls;
        this.management = management;
        this.ruleBook = ruleBook;
        this.json = json;
        this.messages = messages;
        this.transaction = new TransactionTemplate(transactions);
    }

    @GetMapping("/secretariat/calls/{id}/definition.json")
    ResponseEntity<byte[]> export(@PathVariable UUID id) {
        CallView call = calls.any(id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(call.definition().code() + "-definition.json").build().toString())
                .body(document(call).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/secretariat/calls/{id}/json")
    String page(@PathVariable UUID id, Model model) {
        CallView call = calls.any(id);
        return page(call, document(call), List.of(), model);
    }

    @PostMapping("/secretariat/calls/{id}/json")
    String importDefinition(@PathVariable UUID id, @RequestParam(required = false) String definition,
            @RequestParam(required = false) MultipartFile file, @RequestParam(required = false) Integer version, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        CallView call = calls.any(id);
        String text = definition;
        if (file != null && !file.isEmpty()) {
            text = file.getSize() > MAX_BYTES ? "" : new String(file.getBytes(), StandardCharsets.UTF_8);
        }
        List<Violation> problems = new ArrayList<>();
        try {
            apply(call, text, version == null ? -1 : version, problems);
        } catch (InvalidInputException refusal) {
            problems.addAll(refusal.violations());
        }
        if (problems.isEmpty()) {
            redirect.addFlashAttribute("flashSuccess", "callrules.json.imported");
            return "redirect:/secretariat/calls/" + call.id() + "/json";
        }
        response.setStatus(FormErrors.REFUSED);
        List<Problem> listed = problems.stream().map(problem -> new Problem(problem.field() == null ? "" : problem.field(),
                messages.getMessage(problem.messageKey(), problem.args(), problem.messageKey(), locale))).toList();
        return page(call, text == null ? "" : text, listed, model);
    }

    /** Reads, checks and stores the document in one transaction; problems found by reading are collected, not thrown. */
    private void apply(CallView call, String text, int version, List<Violation> problems) {
        JsonNode root;
        try {
            root = json.readTree(text == null ? "" : text);
        } catch (JacksonException e) {
            root = null;
        }
        if (root == null || !root.isObject()) {
            problems.add(new Violation("document", "callrules.json.notADocument"));
            return;
        }
        for (String property : root.propertyNames()) {
            if (!List.of("form", "eligibility", "selection").contains(property)) {
                problems.add(new Violation(property, "callrules.json.unknownPart", property));
            }
        }
        CallDefinition old = call.definition();
        ApplicationForm form = root.has("form") ? read(root.get("form"), ApplicationForm.class, "form", problems) : old.form();
        String eligibility = root.has("eligibility") ? root.get("eligibility").toString() : old.eligibility();
        try {
            if (root.has("eligibility") && root.get("eligibility").isNull()) {
                problems.add(new Violation("eligibility", "calls.secretariat.badStructure"));
            } else {
                Eligibility.fromJson(eligibility);
            }
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> problems.add(new Violation("eligibility", v.messageKey(), v.args())));
        } catch (RuntimeException unreadable) {
            // whatever else a rule's reader stumbles on is the document's fault, said next to its part
            problems.add(new Violation("eligibility", "calls.secretariat.badStructure"));
        }
        SelectionSettings selection = root.has("selection") ? read(root.get("selection"), SelectionSettings.class, "selection", problems)
                : ruleBook.rules(call.id());
        if (selection != null && form != null) {
            selection.problemsByPath(old.tracks()).forEach(v -> problems.add(new Violation("selection." + v.field(), v.messageKey(), v.args())));
            selection.amountFieldProblems(form, "selection.budget.amountField").forEach(problems::add);
        }
        if (!problems.isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            management.update(call.id(), new CallDefinition(old.programmeCode(), old.code(), old.referencePrefix(), old.title(),
                    old.description(), old.zone(), old.opens(), old.closes(), old.status(), old.refereeCount(), old.nominationQuota(),
                    old.tracks(), old.hosts(), form, eligibility, old.reopenBeforeDeadline()), version);
            ruleBook.saveRules(call.id(), selection);
        });
    }

    private <T> T read(JsonNode node, Class<T> type, String path, List<Violation> problems) {
        try {
            T value = json.treeToValue(node, type);
            if (value == null) {
                problems.add(new Violation(path, "calls.secretariat.badStructure"));
            }
            return value;
        } catch (RuntimeException e) {
            // Jackson's errors and a record constructor's own refusal (a null list) alike: the part is malformed
            problems.add(new Violation(path, "calls.secretariat.badStructure"));
            return null;
        }
    }

    private String document(CallView call) {
        ObjectNode root = json.createObjectNode();
        root.set("form", json.valueToTree(call.definition().form()));
        root.set("eligibility", json.readTree(call.definition().eligibility()));
        root.set("selection", json.valueToTree(ruleBook.rules(call.id())));
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private String page(CallView call, String text, List<Problem> problems, Model model) {
        model.addAttribute("call", call);
        model.addAttribute("definition", text);
        model.addAttribute("problems", problems);
        return "calls/secretariat/builder/json";
    }
}
