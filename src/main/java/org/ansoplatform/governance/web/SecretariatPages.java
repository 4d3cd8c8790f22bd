package org.ansoplatform.governance.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.ansoplatform.files.FileStorage;
import org.ansoplatform.governance.Associations;
import org.ansoplatform.governance.Body;
import org.ansoplatform.governance.Delegates;
import org.ansoplatform.governance.Elections;
import org.ansoplatform.governance.Mandates;
import org.ansoplatform.governance.Membership;
import org.ansoplatform.governance.Outcome;
import org.ansoplatform.governance.Sessions;
import org.ansoplatform.governance.Statutes;
import org.ansoplatform.governance.SubjectType;
import org.ansoplatform.governance.Voting;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationStatus;
import org.ansoplatform.platform.Flash;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.shared.PageRequest;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Secretariat runs governance: checks applications, plans sessions, records attendance, agendas and
 * decisions, runs votes, proposes amendments, appoints delegates.
 */
@Controller
@RequestMapping("/secretariat/governance")
public class SecretariatPages {

    /** Something a decision or a motion can be about, as a choice in a form: {@code TYPE:id}. */
    public record Subject(String value, String label) {
    }

    private final Membership membership;
    private final Sessions sessions;
    private final Voting voting;
    private final Elections elections;
    private final Statutes statutes;
    private final Mandates mandates;
    private final Associations associations;
    private final Delegates delegates;
    private final OrganizationQueries organizations;
    private final FileStorage files;
    private final MessageSource messages;
    private final org.ansoplatform.platform.CurrentActor currentActor;

    SecretariatPages(Membership membership, Sessions sessions, Voting voting, Elections elections, Statutes statutes, Mandates mandates,
            Associations associations, Delegates delegates, OrganizationQueries organizations, FileStorage files,
            MessageSource messages, org.ansoplatform.platform.CurrentActor currentActor) {
        this.currentActor = currentActor;
        this.membership = membership;
        this.sessions = sessions;
        this.voting = voting;
        this.elections = elections;
        this.statutes = statutes;
        this.mandates = mandates;
        this.associations = associations;
        this.delegates = delegates;
        this.organizations = organizations;
        this.files = files;
        this.messages = messages;
    }

    @GetMapping("/applications")
    String applications(Model model) {
        model.addAttribute("applications", membership.list(null));
        return "governance/secretariat/applications";
    }

    @GetMapping("/applications/{id}")
    String application(@PathVariable UUID id, Model model) {
        return MembershipPages.detail(id, model, membership, sessions, files, "governance/secretariat/application");
    }

    @PostMapping("/applications/{id}/request")
    String requestInformation(@PathVariable UUID id, @RequestParam(required = false) String note, Model model,
            Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            membership.requestInformation(id, note);
        } catch (InvalidInputException e) {
            PageErrors.show(e, messages, locale, model, response);
            return application(id, model);
        }
        redirect.addFlashAttribute("flashSuccess", "flash.saved");
        return "redirect:/secretariat/governance/applications/" + id;
    }

    @PostMapping("/applications/{id}/complete")
    String complete(@PathVariable UUID id, @RequestParam(required = false) String note, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            membership.confirmComplete(id, note);
        } catch (InvalidInputException e) {
            PageErrors.show(e, messages, locale, model, response);
            return application(id, model);
        }
        redirect.addFlashAttribute("flashSuccess", "flash.saved");
        return "redirect:/secretariat/governance/applications/" + id;
    }

    @GetMapping("/sessions")
    String sessions(Model model) {
        model.addAttribute("sessions", sessions.list());
        model.addAttribute("form", Map.of());
        return "governance/secretariat/sessions";
    }

    @PostMapping("/sessions")
    String createSession(@RequestParam Map<String, String> form, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            UUID id = sessions.create(new Sessions.SessionCommand(parse(Body.class, form.get("body")), form.get("title"),
                    dateTime(form.get("startsAt"), "startsAt"), form.get("zone"), parse(Sessions.Mode.class, form.get("mode")),
                    form.get("location")));
            redirect.addFlashAttribute("flashSuccess", "flash.saved");
            return "redirect:/secretariat/governance/sessions/" + id;
        } catch (InvalidInputException e) {
            PageErrors.show(e, messages, locale, model, response);
            model.addAttribute("sessions", sessions.list());
            model.addAttribute("form", form);
            return "governance/secretariat/sessions";
        }
    }

    @GetMapping("/sessions/{id}")
    String session(@PathVariable UUID id, Model model) {
        Sessions.SessionView session = sessions.session(id);
        model.addAttribute("meeting", session);
        model.addAttribute("agenda", sessions.agenda(id));
        model.addAttribute("attendance", sessions.attendance(id));
        model.addAttribute("decisions", sessions.decisions(id));
        model.addAttribute("motions", voting.ofSession(id));
        model.addAttribute("elections", elections.ofSession(id));
        model.addAttribute("subjects", subjects(session.body()));
        model.addAttribute("outcomes", Arrays.asList(Outcome.values()));
        model.addAttribute("rules", Arrays.asList(Voting.Rule.values()));
        model.addAttribute("members", organizations.search(new OrganizationQueries.Filter(null, null, null,
                OrganizationStatus.MEMBER), new PageRequest(0, 100)).items());
        model.addAttribute("statuses", Arrays.asList(Sessions.Status.values()));
        model.addAttribute("offices", Arrays.asList(Mandates.Office.values()));
        return "governance/secretariat/session";
    }

    @PostMapping("/sessions/{id}/decisions")
    String decide(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            String[] subject = subject(form.get("subject"));
            Mandates.Office office = parse(Mandates.Office.class, form.get("office"));
            SubjectType type = office != null ? SubjectType.OFFICE
                    : subject == null ? SubjectType.OTHER : SubjectType.valueOf(subject[0]);
            UUID subjectId = subject == null || office != null && !"OFFICE".equals(subject[0]) ? null : UUID.fromString(subject[1]);
            Mandates.Appointment appointment = office == null ? null
                    : new Mandates.Appointment(office, form.get("officerName"), date(form.get("termStart"), "termStart"), date(form.get("termEnd"), "termEnd"));
            sessions.recordDecision(id, new Sessions.DecisionCommand(form.get("text"), parse(Outcome.class, form.get("outcome")),
                    type, subjectId, uuid(form.get("motionId"), "motionId"), office == null ? date(form.get("termEnd"), "termEnd") : null, appointment));
        } catch (InvalidInputException e) {
            PageErrors.show(e, messages, locale, model, response);
            return session(id, model);
        }
        redirect.addFlashAttribute("flashSuccess", "governance.decision.recorded");
        return "redirect:/secretariat/governance/sessions/" + id;
    }

    @PostMapping("/sessions/{id}/agenda")
    String agenda(@PathVariable UUID id, @RequestParam(required = false) String title,
            @RequestParam(name = "documents", required = false) List<org.springframework.web.multipart.MultipartFile> documents,
            Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) throws java.io.IOException {
        try {
            List<UUID> fileIds = new ArrayList<>();
            for (var document : documents == null ? List.<org.springframework.web.multipart.MultipartFile>of() : documents) {
                if (!document.isEmpty()) {
                    try (var content = document.getInputStream()) {
                        fileIds.add(files.store(currentActor.personId(), document.getOriginalFilename(), content,
                                FileStorage.DOCUMENT_TYPES).id());
                    }
                }
            }
            sessions.addAgendaItem(id, title, fileIds);
        } catch (InvalidInputException e) {
            PageErrors.show(e, messages, locale, model, response);
            return session(id, model);
        }
        return "redirect:/secretariat/governance/sessions/" + id;
    }

    @PostMapping("/sessions/{id}/attendance")
    String attendance(@PathVariable UUID id, @RequestParam UUID organizationId,
            @RequestParam(defaultValue = "false") boolean present) {
        sessions.setAttendance(id, organizationId, present);
        return "redirect:/secretariat/governance/sessions/" + id;
    }

    @PostMapping("/sessions/{id}/status")
    String status(@PathVariable UUID id, @RequestParam String status) {
        sessions.setStatus(id, Sessions.Status.valueOf(status));
        return "redirect:/secretariat/governance/sessions/" + id;
    }

    @PostMapping("/sessions/{id}/minutes")
    String minutes(@PathVariable UUID id, @RequestParam(required = false) String minutes, Model model, Locale locale,
            HttpServletResponse response) {
        try {
            sessions.saveMinutes(id, minutes);
        } catch (InvalidInputException e) {
            PageErrors.show(e, messages, locale, model, response);
            return session(id, model);
        }
        return "redirect:/secretariat/governance/sessions/" + id;
    }

    @PostMapping("/sessions/{id}/motions")
    String motion(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            String[] subject = subject(form.get("subject"));
            voting.create(new Voting.MotionCommand(id, null, form.get("title"), form.get("text"),
                    parse(Voting.Rule.class, form.get("rule")), parse(Voting.QuorumBasis.class, form.get("quorumBasis")),
                    integer(form.get("quorumPercent"), "quorumPercent"), form.containsKey("secret"), integer(form.get("proxyLimit"), "proxyLimit"),
                    instant(form.get("deadline"), "deadline"), subject == null ? SubjectType.OTHER : SubjectType.valueOf(subject[0]),
                    subject == null ? null : UUID.fromString(subject[1])));
        } catch (InvalidInputException e) {
            PageErrors.show(e, messages, locale, model, response);
            return session(id, model);
        }
        redirect.addFlashAttribute("flashSuccess", "flash.saved");
        return "redirect:/secretariat/governance/sessions/" + id;
    }

    @PostMapping("/motions/{motion}/{step}")
    String step(@PathVariable UUID motion, @PathVariable String step, RedirectAttributes redirect) {
        UUID session = voting.motion(motion).sessionId();
        Runnable action = switch (step) {
            case "open" -> () -> voting.open(motion);
            case "close" -> () -> voting.close(motion);
            case "publish" -> () -> voting.publish(motion);
            default -> throw new org.ansoplatform.platform.NotFoundException("step");
        };
        Flash.outcome(redirect, action, "flash.saved"); // a refusal shows its own reason (not open, already closed, ...)
        return "redirect:/secretariat/governance/sessions/" + session;
    }

    @PostMapping("/sessions/{id}/elections")
    String election(@PathVariable UUID id, @RequestParam(required = false) String title,
            @RequestParam(required = false) String seats, @RequestParam(required = false) List<UUID> candidates,
            Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            elections.create(new Elections.ElectionCommand(id, title, integer(seats, "seats"), null, candidates));
        } catch (InvalidInputException e) {
            PageErrors.show(e, messages, locale, model, response);
            return session(id, model);
        }
        redirect.addFlashAttribute("flashSuccess", "flash.saved");
        return "redirect:/secretariat/governance/sessions/" + id;
    }

    @PostMapping("/elections/{election}/{step}")
    String electionStep(@PathVariable UUID election, @PathVariable String step, RedirectAttributes redirect) {
        UUID session = elections.election(election).sessionId();
        Runnable action = switch (step) {
            case "open" -> () -> elections.open(election);
            case "close" -> () -> elections.close(election);
            case "publish" -> () -> elections.publish(election);
            default -> throw new org.ansoplatform.platform.NotFoundException("step");
        };
        Flash.outcome(redirect, action, "flash.saved");
        return "redirect:/secretariat/governance/sessions/" + session;
    }

    @GetMapping("/amendments/new")
    String amendmentForm(Model model) {
        model.addAttribute("form", Map.of());
        model.addAttribute("current", statutes.current().orElseThrow());
        model.addAttribute("articles", statutes.articles(statutes.current().orElseThrow().number()));
        return "governance/secretariat/amendment";
    }

    @PostMapping("/amendments")
    String propose(@RequestParam Map<String, String> form, Model model, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            UUID id = statutes.propose(new Statutes.AmendmentCommand(integer(form.get("baseVersion"), "baseVersion"),
                    form.get("articleNumber"), form.get("heading"), form.get("body"), form.get("rationale")));
            redirect.addFlashAttribute("flashSuccess", "flash.saved");
            return "redirect:/governance/amendments/" + id;
        } catch (InvalidInputException e) {
            PageErrors.show(e, messages, locale, model, response);
            model.addAttribute("form", form);
            model.addAttribute("current", statutes.current().orElseThrow());
            model.addAttribute("articles", statutes.articles(statutes.current().orElseThrow().number()));
            return "governance/secretariat/amendment";
        }
    }

    @GetMapping("/associations/new")
    String associationForm(Model model) {
        model.addAttribute("form", Map.of());
        return "governance/secretariat/association";
    }

    @PostMapping("/associations")
    String proposeAssociation(@RequestParam Map<String, String> form, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            associations.propose(new Associations.AssociationCommand(form.get("acronym"), form.get("name"),
                    form.get("leadInstitution"), form.get("aims"), form.get("regions"), form.get("countries"),
                    form.get("coordinator"), form.get("members")));
        } catch (InvalidInputException e) {
            PageErrors.show(e, messages, locale, model, response);
            model.addAttribute("form", form);
            return "governance/secretariat/association";
        }
        redirect.addFlashAttribute("flashSuccess", "flash.saved");
        return "redirect:/governance/associations";
    }

    @GetMapping("/delegates")
    String delegates(Model model) {
        model.addAttribute("delegates", delegates.current());
        model.addAttribute("members", organizations.search(new OrganizationQueries.Filter(null, null, null,
                OrganizationStatus.MEMBER), new PageRequest(0, 100)).items());
        return "governance/secretariat/delegates";
    }

    @PostMapping("/delegates")
    String appoint(@RequestParam(required = false) String email, @RequestParam(required = false) UUID organizationId,
            Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            delegates.appoint(email, organizationId);
        } catch (InvalidInputException e) {
            PageErrors.show(e, messages, locale, model, response);
            return delegates(model);
        }
        redirect.addFlashAttribute("flashSuccess", "flash.saved");
        return "redirect:/secretariat/governance/delegates";
    }

    @PostMapping("/delegates/{id}/end")
    String end(@PathVariable UUID id) {
        delegates.end(id);
        return "redirect:/secretariat/governance/delegates";
    }

    /** What this body may decide on now: for the Board what awaits endorsement, for the Assembly what awaits adoption. */
    private List<Subject> subjects(Body body) {
        List<Subject> subjects = new ArrayList<>();
        Membership.State applicationState = body == Body.BOARD ? Membership.State.COMPLETE : Membership.State.ENDORSED;
        membership.list(applicationState).forEach(a -> subjects.add(new Subject("APPLICATION:" + a.id(), a.legalName())));
        Statutes.AmendmentState amendmentState = body == Body.BOARD ? Statutes.AmendmentState.PROPOSED
                : Statutes.AmendmentState.ENDORSED;
        statutes.amendments().stream().filter(a -> a.state() == amendmentState)
                .forEach(a -> subjects.add(new Subject("AMENDMENT:" + a.id(), "Article " + a.articleNumber()
                        + " (v" + a.baseVersion() + ")")));
        mandates.officers().forEach(o -> subjects.add(new Subject("OFFICE:" + o.id(), o.office() + " " + o.name())));
        mandates.mandates().stream().filter(m -> m.body() == Body.BOARD)
                .forEach(m -> subjects.add(new Subject("MANDATE:" + m.id(), "Mandate " + m.termStart() + " - " + m.termEnd())));
        associations.list().stream().filter(a -> a.state() == Associations.State.PROPOSED)
                .forEach(a -> subjects.add(new Subject("ASSOCIATION:" + a.id(), a.acronym())));
        if (body == Body.ASSEMBLY) {
            elections.list().stream().filter(e -> e.state() == Voting.State.PUBLISHED)
                    .forEach(e -> subjects.add(new Subject("ELECTION:" + e.id(), e.title())));
        }
        sessions.list().stream().filter(s -> s.status() == Sessions.Status.PLANNED || s.status() == Sessions.Status.POSTPONED)
                .forEach(s -> subjects.add(new Subject("POSTPONEMENT:" + s.id(), s.title())));
        return subjects;
    }

    private static String[] subject(String value) {
        if (value == null || value.isBlank() || !value.contains(":")) {
            return null;
        }
        String[] parts = value.split(":", 2);
        try {
            SubjectType.valueOf(parts[0]);
            UUID.fromString(parts[1]);
            return parts;
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("subject", "validation.required");
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text) {
        try {
            return text == null || text.isBlank() ? null : Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    // each reports its problem on the field it read, so that the message appears next to that field

    private static UUID uuid(String text, String field) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "governance.error.unknownMotion");
        }
    }

    private static Integer integer(String text, String field) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "validation.wholeNumber");
        }
    }

    private static LocalDate date(String text, String field) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "validation.date");
        }
    }

    private static LocalDateTime dateTime(String text, String field) {
        try {
            return text == null || text.isBlank() ? null : LocalDateTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "validation.dateTime");
        }
    }

    private static Instant instant(String text, String field) {
        LocalDateTime local = dateTime(text, field);
        return local == null ? null : local.toInstant(java.time.ZoneOffset.UTC);
    }
}
