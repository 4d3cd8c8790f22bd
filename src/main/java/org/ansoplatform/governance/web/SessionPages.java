package org.ansoplatform.governance.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.ansoplatform.governance.SessionManagement;
import org.ansoplatform.governance.SessionQueries;
import org.ansoplatform.governance.SessionStatus;
import org.ansoplatform.platform.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.ansoplatform.platform.Flash;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Secretariat plans sessions and keeps their agenda, attendance, minutes and decisions. */
@Controller
@RequestMapping("/secretariat/governance/sessions")
public class SessionPages {

    private final SessionManagement management;
    private final SessionQueries sessions;
    private final SessionPage page;
    private final GovernanceDocuments documentStore;

    SessionPages(SessionManagement management, SessionQueries sessions, SessionPage page, GovernanceDocuments documentStore) {
        this.management = management;
        this.sessions = sessions;
        this.page = page;
        this.documentStore = documentStore;
    }

    @GetMapping
    String sessions(Model model) {
        model.addAttribute("form", SessionForm.empty());
        return list(model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") SessionForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        return FormPost.send(result, response, () -> list(model), () -> {
            UUID id = management.create(form.command());
            redirect.addFlashAttribute("flashSuccess", "flash.saved");
            return "redirect:/secretariat/governance/sessions/" + id;
        });
    }

    @GetMapping("/{id}")
    String session(@PathVariable UUID id, Model model) {
        return page.show(id, model);
    }

    @PostMapping("/{id}/decisions")
    String decide(@PathVariable UUID id, @Valid @ModelAttribute("decisionForm") DecisionForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        return FormPost.send(result, response, () -> page.show(id, model), () -> {
            try {
                management.recordDecision(id, form.command());
            } catch (InvalidInputException refused) {
                throw onSubject(refused);
            }
            redirect.addFlashAttribute("flashSuccess", "governance.decision.recorded");
            return back(id);
        });
    }

    @PostMapping("/{id}/agenda")
    String agenda(@PathVariable UUID id, @Valid @ModelAttribute("agendaForm") AgendaForm form, BindingResult result,
            @RequestParam(name = "documents", required = false) List<MultipartFile> documents, Model model,
            HttpServletResponse response) throws IOException {
        return FormPost.send(result, response, () -> page.show(id, model), () -> {
            management.addAgendaItem(id, form.title(), documentStore.store(documents));
            return back(id);
        });
    }

    @PostMapping("/{id}/attendance")
    String attendance(@PathVariable UUID id, @RequestParam UUID organizationId,
            @RequestParam(defaultValue = "false") boolean present) {
        management.setAttendance(id, organizationId, present);
        return back(id);
    }

    @PostMapping("/{id}/schedule")
    String schedule(@PathVariable UUID id, @Valid @ModelAttribute("scheduleForm") ScheduleForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        return FormPost.send(result, response, () -> {
            model.addAttribute("scheduleRefused", true); // the form opens with its messages, also on a held session
            return page.show(id, model);
        }, () -> {
            management.reschedule(id, form.command());
            redirect.addFlashAttribute("flashSuccess", "flash.saved");
            return back(id);
        });
    }

    @PostMapping("/{id}/status")
    String status(@PathVariable UUID id, @RequestParam SessionStatus status, RedirectAttributes redirect) {
        Flash.outcome(redirect, () -> management.setStatus(id, status), "flash.saved");
        return back(id);
    }

    @PostMapping("/{id}/minutes")
    String minutes(@PathVariable UUID id, @Valid @ModelAttribute("minutesForm") MinutesForm form, BindingResult result,
            Model model, HttpServletResponse response) throws IOException {
        return FormPost.send(result, response, () -> page.show(id, model), () -> {
            management.saveMinutes(id, form.minutes());
            return back(id);
        });
    }

    private String list(Model model) {
        model.addAttribute("sessions", sessions.list());
        return "governance/secretariat/sessions";
    }

    static String back(UUID session) {
        return "redirect:/secretariat/governance/sessions/" + session;
    }

    /** The service names the record chosen {@code subjectRef}, as the API does; on this form it is the "About" choice. */
    private static InvalidInputException onSubject(InvalidInputException refused) {
        return new InvalidInputException(refused.violations().stream()
                .map(v -> "subjectRef".equals(v.field())
                        ? new InvalidInputException.Violation("subject", v.messageKey(), v.args()) : v)
                .toList());
    }
}
