package org.ansoplatform.governance.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.governance.AmendmentState;
import org.ansoplatform.governance.ApplicationState;
import org.ansoplatform.governance.AssociationQueries;
import org.ansoplatform.governance.AssociationState;
import org.ansoplatform.governance.Body;
import org.ansoplatform.governance.DecisionView;
import org.ansoplatform.governance.MandateQueries;
import org.ansoplatform.governance.MotionView;
import org.ansoplatform.governance.MembershipQueries;
import org.ansoplatform.governance.Office;
import org.ansoplatform.governance.Outcome;
import org.ansoplatform.governance.PollState;
import org.ansoplatform.governance.SessionQueries;
import org.ansoplatform.governance.SessionStatus;
import org.ansoplatform.governance.SessionView;
import org.ansoplatform.governance.StatuteQueries;
import org.ansoplatform.governance.SubjectType;
import org.ansoplatform.governance.VotingQueries;
import org.ansoplatform.governance.VotingRule;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The Secretariat's page of one session, with its forms (agenda, minutes, decision, motion, election), each
 * empty unless a refused post of that form put it in the model already.
 */
@Component
class SessionPage {

    static final String VIEW = "governance/secretariat/session";

    private final SessionQueries sessions;
    private final VotingQueries voting;
    private final MembershipQueries membership;
    private final StatuteQueries statutes;
    private final MandateQueries mandates;
    private final AssociationQueries associations;
    private final MessageSource messages;
    private final DecisionSubjectLinks subjectLinks;

    SessionPage(SessionQueries sessions, VotingQueries voting, MembershipQueries membership, StatuteQueries statutes,
            MandateQueries mandates, AssociationQueries associations, MessageSource messages,
            DecisionSubjectLinks subjectLinks) {
        this.messages = messages;
        this.subjectLinks = subjectLinks;
        this.sessions = sessions;
        this.voting = voting;
        this.membership = membership;
        this.statutes = statutes;
        this.mandates = mandates;
        this.associations = associations;
    }

    String show(UUID id, Model model) {
        SessionView session = sessions.session(id);
        model.addAttribute("meeting", session);
        model.addAttribute("agenda", sessions.agenda(id));
        model.addAttribute("attendance", sessions.attendance(id));
        List<DecisionView> decisions = sessions.decisions(id);
        model.addAttribute("decisions", decisions);
        model.addAttribute("decisionRecords", subjectLinks.of(decisions));
        List<MotionView> motions = voting.motionsOf(id);
        model.addAttribute("motions", motions);
        model.addAttribute("rollCalls", RollCalls.of(motions, voting));
        model.addAttribute("elections", voting.electionsOf(id));
        model.addAttribute("subjects", subjects(session.body()));
        model.addAttribute("recordSubjects", sessions.recordSubjects(session.body(), LocaleContextHolder.getLocale()).stream()
                .map(SubjectChoice::of).toList());
        model.addAttribute("outcomes", Arrays.asList(Outcome.values()));
        model.addAttribute("rules", Arrays.asList(VotingRule.values()));
        model.addAttribute("members", mandates.members());
        model.addAttribute("statuses", Arrays.asList(SessionStatus.values()));
        model.addAttribute("offices", Arrays.asList(Office.values()));
        empty(model, "agendaForm", AgendaForm.empty());
        empty(model, "scheduleForm", ScheduleForm.of(session));
        empty(model, "minutesForm", new MinutesForm(session.minutes()));
        empty(model, "decisionForm", DecisionForm.empty());
        empty(model, "motionForm", MotionForm.empty());
        empty(model, "electionForm", ElectionForm.empty());
        return VIEW;
    }

    private static void empty(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }

    /** What this body may decide on now: for the Board what awaits endorsement, for the Assembly what awaits adoption. */
    private List<SubjectChoice> subjects(Body body) {
        List<SubjectChoice> subjects = new ArrayList<>();
        ApplicationState applicationState = body == Body.BOARD ? ApplicationState.COMPLETE : ApplicationState.ENDORSED;
        membership.list(applicationState)
                .forEach(a -> subjects.add(SubjectChoice.of(SubjectType.APPLICATION, a.id(), a.legalName())));
        AmendmentState amendmentState = body == Body.BOARD ? AmendmentState.PROPOSED : AmendmentState.ENDORSED;
        // labels in the reader's language: a dropdown shows names, never an enum's code (issue 15)
        Locale locale = LocaleContextHolder.getLocale();
        statutes.amendments().stream().filter(a -> a.state() == amendmentState)
                .forEach(a -> subjects.add(SubjectChoice.of(SubjectType.AMENDMENT, a.id(), messages.getMessage(
                        "governance.subject.amendment", new Object[] {a.articleNumber(), a.baseVersion()}, locale))));
        mandates.officers().forEach(o -> subjects.add(SubjectChoice.of(SubjectType.OFFICE, o.id(), messages.getMessage(
                "governance.subject.office", new Object[] {messages.getMessage("governance.office." + o.office(), null, locale),
                    o.name()}, locale))));
        mandates.mandates().stream().filter(m -> m.body() == Body.BOARD)
                .forEach(m -> subjects.add(SubjectChoice.of(SubjectType.MANDATE, m.id(), messages.getMessage(
                        "governance.subject.mandate", new Object[] {m.termStart(), m.termEnd()}, locale))));
        associations.list().stream().filter(a -> a.state() == AssociationState.PROPOSED)
                .forEach(a -> subjects.add(SubjectChoice.of(SubjectType.ASSOCIATION, a.id(), a.acronym())));
        if (body == Body.ASSEMBLY) {
            voting.elections().stream().filter(e -> e.state() == PollState.PUBLISHED)
                    .forEach(e -> subjects.add(SubjectChoice.of(SubjectType.ELECTION, e.id(), e.title())));
        }
        sessions.list().stream().filter(s -> s.status() == SessionStatus.PLANNED || s.status() == SessionStatus.POSTPONED)
                .forEach(s -> subjects.add(SubjectChoice.of(SubjectType.POSTPONEMENT, s.id(), s.title())));
        return subjects;
    }
}
