package org.ansoplatform.governance.web;

import java.util.List;
import java.util.UUID;

import org.ansoplatform.governance.Body;
import org.ansoplatform.governance.MandateQueries;
import org.ansoplatform.governance.MotionView;
import org.ansoplatform.governance.SessionQueries;
import org.ansoplatform.governance.StatuteQueries;
import org.ansoplatform.governance.VersionView;
import org.ansoplatform.governance.VotingQueries;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.SignedInPerson;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public side of governance: sessions and decisions, the Board, the Statutes, the associations. */
@Controller
public class GovernancePages {

    private final SessionQueries sessions;
    private final VotingQueries voting;
    private final StatuteQueries statutes;
    private final MandateQueries mandates;
    private final DecisionSubjectLinks subjectLinks;

    GovernancePages(SessionQueries sessions, VotingQueries voting, StatuteQueries statutes, MandateQueries mandates,
            DecisionSubjectLinks subjectLinks) {
        this.subjectLinks = subjectLinks;
        this.sessions = sessions;
        this.voting = voting;
        this.statutes = statutes;
        this.mandates = mandates;
    }

    @GetMapping("/governance")
    String overview(Model model) {
        model.addAttribute("sessions", sessions.list());
        model.addAttribute("officers", mandates.officers());
        model.addAttribute("seats", mandates.seats(Body.BOARD));
        model.addAttribute("mandates", mandates.mandates());
        model.addAttribute("current", statutes.current().orElse(null));
        return "governance/overview";
    }

    @GetMapping("/governance/sessions/{id}")
    String session(@PathVariable UUID id, @AuthenticationPrincipal SignedInPerson reader, Model model) {
        var meeting = sessions.session(id);
        model.addAttribute("meeting", meeting);
        // a Board session's documents are the Board's and the Secretariat's (ApplicationFiles): no link for others
        model.addAttribute("documentsShown", meeting.body() == Body.ASSEMBLY
                || reader != null && (reader.hasRole("BOARD_MEMBER") || reader.hasRole("SECRETARIAT")));
        model.addAttribute("agenda", sessions.agenda(id));
        model.addAttribute("attendance", sessions.attendance(id));
        var decisions = sessions.decisions(id);
        model.addAttribute("decisions", decisions);
        model.addAttribute("decisionRecords", subjectLinks.of(decisions));
        List<MotionView> motions = voting.motionsOf(id).stream().map(m -> voting.publishedMotion(m.id())).toList();
        model.addAttribute("motions", motions);
        model.addAttribute("rollCalls", RollCalls.of(motions, voting));
        model.addAttribute("elections", voting.electionsOf(id).stream().map(e -> voting.publishedElection(e.id())).toList());
        return "governance/session";
    }

    @GetMapping("/governance/statutes")
    String statutes(Model model) {
        VersionView current = statutes.current().orElseThrow(() -> new NotFoundException("statute version"));
        return version(current.number(), model);
    }

    @GetMapping("/governance/statutes/{number}")
    String version(@PathVariable int number, Model model) {
        model.addAttribute("version", statutes.version(number));
        model.addAttribute("articles", statutes.articles(number));
        model.addAttribute("versions", statutes.versions());
        model.addAttribute("current", statutes.current().orElseThrow());
        model.addAttribute("amendments", statutes.amendments());
        return "governance/statutes";
    }

    @GetMapping("/governance/statutes/compare")
    String compare(@RequestParam int from, @RequestParam int to, Model model) {
        model.addAttribute("from", statutes.version(from));
        model.addAttribute("to", statutes.version(to));
        model.addAttribute("rows", statutes.compare(from, to));
        model.addAttribute("versions", statutes.versions());
        return "governance/compare";
    }

    @GetMapping("/governance/amendments/{id}")
    String amendment(@PathVariable UUID id, Model model) {
        model.addAttribute("amendment", statutes.amendment(id).orElseThrow(() -> new NotFoundException("amendment")));
        model.addAttribute("diff", statutes.amendmentDiff(id));
        model.addAttribute("decisions", sessions.decisionsAbout(id));
        return "governance/amendment";
    }
}
