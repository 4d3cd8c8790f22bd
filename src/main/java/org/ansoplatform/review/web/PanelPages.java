package org.ansoplatform.review.web;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.review.Assignments;
import org.ansoplatform.review.Assignments.RunSummary;
import org.ansoplatform.review.Conflicts;
import org.ansoplatform.review.Panels;
import org.ansoplatform.review.Panels.PanelView;
import org.ansoplatform.review.Reviewers;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Secretariat's panels: opening one for a scope, its settings, loading subjects, inviting reviewers,
 * conflicts, pins and bans, running the assignment and opening reviewing.
 */
@Controller
@RequestMapping("/secretariat/review/panels")
@PreAuthorize("hasRole('SECRETARIAT')")
class PanelPages {

    private static final String BASE = "/secretariat/review/panels";
    private static final String CONFLICT_SUBJECT = "conflictSubject";
    private static final String PAIRING_SUBJECT = "pairingSubject";
    /** Conflicts and assigned subjects shown per page. */
    static final int PAGE_SIZE = 50;
    /** Refusals shown next to their field of the panel page rather than above it. */
    private static final Set<String> NEXT_TO_FIELD = Set.of(CONFLICT_SUBJECT, PAIRING_SUBJECT);

    private final Panels panels;
    private final Reviewers reviewers;
    private final Conflicts conflicts;
    private final Assignments assignments;
    private final MessageSource messages;

    PanelPages(Panels panels, Reviewers reviewers, Conflicts conflicts, Assignments assignments, MessageSource messages) {
        this.panels = panels;
        this.reviewers = reviewers;
        this.conflicts = conflicts;
        this.assignments = assignments;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("panels", panels.list());
        model.addAttribute("scopes", panels.openableScopes());
        return "review/panels/list";
    }

    @PostMapping
    String open(@RequestParam String scope, RedirectAttributes redirect, Locale locale) {
        int colon = scope.indexOf(':');
        try {
            UUID id = panels.open(colon < 0 ? "" : scope.substring(0, colon), colon < 0 ? null : parse(scope.substring(colon + 1)));
            return "redirect:" + BASE + "/" + id;
        } catch (InvalidInputException refusal) {
            return refused(refusal, redirect, locale, BASE);
        }
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @GetMapping("/{id}")
    String panel(@PathVariable UUID id, @RequestParam(required = false) String field, @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "1") int pairs, Locale locale, Model model) {
        PanelView panel = panels.get(id);
        List<Panels.MemberView> members = panels.members(id);
        model.addAttribute("panel", panel);
        model.addAttribute("field", field == null ? "" : field);
        model.addAttribute("fields", reviewers.fields());
        model.addAttribute("members", members);
        Set<UUID> memberIds = members.stream().map(Panels.MemberView::reviewerId).collect(Collectors.toSet());
        model.addAttribute("pool", reviewers.list(field).stream().filter(r -> r.active() && !memberIds.contains(r.id())).toList());
        model.addAttribute("contentKeys", panels.contentKeys(id, locale));
        model.addAttribute("conflictPage", conflicts.page(id, page, PAGE_SIZE));
        model.addAttribute("pairings", assignments.pairings(id));
        model.addAttribute("run", assignments.latest(id).orElse(null));
        model.addAttribute("conflictedPairs", assignments.conflictedPairs(id));
        model.addAttribute("pairPage", assignments.pairPage(id, pairs, PAGE_SIZE));
        model.addAttribute("loads", assignments.loads(id));
        model.addAttribute("deadline", panel.localDeadline());
        return "review/panels/panel";
    }

    @PostMapping("/{id}/settings")
    String settings(@PathVariable UUID id, @RequestParam int reviewersPerSubject, @RequestParam int minLoad, @RequestParam int maxLoad,
            @RequestParam double loadPenalty, @RequestParam(defaultValue = "false") boolean fairnessFloor,
            @RequestParam(defaultValue = "false") boolean conflictSameCountry, @RequestParam(required = false) List<String> blindFields,
            @RequestParam(required = false) List<String> conflictListFields,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime deadline,
            @RequestParam(required = false) String zone, RedirectAttributes redirect, Locale locale) {
        return act(id, redirect, locale, () -> panels.configure(id, new Panels.Settings(reviewersPerSubject, minLoad, maxLoad, loadPenalty,
                fairnessFloor, conflictSameCountry, blindFields, conflictListFields, deadline, zone)));
    }

    @PostMapping("/{id}/subjects")
    String loadSubjects(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
        return act(id, redirect, locale, () -> panels.loadSubjects(id));
    }

    @PostMapping("/{id}/invitations")
    String invite(@PathVariable UUID id, @RequestParam(required = false) List<UUID> reviewer, RedirectAttributes redirect, Locale locale) {
        return act(id, redirect, locale, () -> panels.invite(id, reviewer == null ? List.of() : reviewer));
    }

    @PostMapping("/{id}/members/{reviewerId}/withdrawal")
    String withdraw(@PathVariable UUID id, @PathVariable UUID reviewerId, RedirectAttributes redirect, Locale locale) {
        try {
            panels.withdraw(id, reviewerId);
        } catch (Assignments.Infeasible infeasible) {
            redirect.addFlashAttribute("explanations", translate(infeasible.summary(), locale));
            return "redirect:" + BASE + "/" + id;
        } catch (InvalidInputException refusal) {
            return refused(refusal, redirect, locale, BASE + "/" + id);
        }
        redirect.addFlashAttribute("flashSuccess", "flash.saved");
        return "redirect:" + BASE + "/" + id;
    }

    /** The subject is typed as its reference ({@code subjectRef}) or, from links and the API, given by id. */
    @PostMapping("/{id}/conflicts")
    String addConflict(@PathVariable UUID id, @RequestParam(required = false) UUID subject, @RequestParam(required = false) String subjectRef,
            @RequestParam(required = false) UUID reviewer, @RequestParam(required = false) String reason, RedirectAttributes redirect,
            Locale locale) {
        return act(id, redirect, locale,
                () -> conflicts.add(id, subject != null ? subject : panels.subjectByReference(id, subjectRef, CONFLICT_SUBJECT), reviewer, reason),
                "conflictSubjectRef", subjectRef);
    }

    @PostMapping("/{id}/pairings")
    String pairing(@PathVariable UUID id, @RequestParam(required = false) UUID subject, @RequestParam(required = false) String subjectRef,
            @RequestParam(required = false) UUID reviewer, @RequestParam(required = false) String kind, RedirectAttributes redirect,
            Locale locale) {
        return act(id, redirect, locale, () -> assignments.setPairing(id,
                subject != null || subjectRef == null ? subject : panels.subjectByReference(id, subjectRef, PAIRING_SUBJECT), reviewer, kind),
                "pairingSubjectRef", subjectRef);
    }

    @PostMapping("/{id}/assignment")
    String assign(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
        try {
            RunSummary run = assignments.run(id);
            if (!run.feasible()) {
                redirect.addFlashAttribute("explanations", translate(run, locale));
            } else {
                redirect.addFlashAttribute("flashSuccess", "review.assignment.stored");
            }
        } catch (InvalidInputException refusal) {
            return refused(refusal, redirect, locale, BASE + "/" + id);
        }
        return "redirect:" + BASE + "/" + id;
    }

    @PostMapping("/{id}/reviewing")
    String openReviewing(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
        return act(id, redirect, locale, () -> panels.openReviewing(id));
    }

    private List<String> translate(RunSummary run, Locale locale) {
        return run.explanations().stream()
                .map(e -> messages.getMessage(e.messageKey(), e.args().toArray(), e.messageKey(), locale)).toList();
    }

    private String act(UUID id, RedirectAttributes redirect, Locale locale, Runnable action) {
        return act(id, redirect, locale, action, null, null);
    }

    /** Runs the action; on refusal the typed value {@code kept} comes back to the form as {@code keptName}. */
    private String act(UUID id, RedirectAttributes redirect, Locale locale, Runnable action, String keptName, String kept) {
        try {
            action.run();
        } catch (InvalidInputException refusal) {
            if (keptName != null && kept != null) {
                redirect.addFlashAttribute(keptName, kept);
            }
            return refused(refusal, redirect, locale, BASE + "/" + id);
        }
        redirect.addFlashAttribute("flashSuccess", "flash.saved");
        return "redirect:" + BASE + "/" + id;
    }

    private String refused(InvalidInputException refusal, RedirectAttributes redirect, Locale locale, String to) {
        List<String> errors = new ArrayList<>();
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        for (InvalidInputException.Violation v : refusal.violations()) {
            String text = messages.getMessage(v.messageKey(), v.args(), v.messageKey(), locale);
            if (v.field() != null && NEXT_TO_FIELD.contains(v.field())) {
                fieldErrors.merge(v.field(), text, (a, b) -> a + " " + b);
            } else {
                errors.add(text);
            }
        }
        if (!errors.isEmpty()) {
            redirect.addFlashAttribute("errors", errors);
        }
        if (!fieldErrors.isEmpty()) {
            redirect.addFlashAttribute("fieldErrors", fieldErrors);
        }
        return "redirect:" + to;
    }
}
