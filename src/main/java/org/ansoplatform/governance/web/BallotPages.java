package org.ansoplatform.governance.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.ansoplatform.governance.CandidateView;
import org.ansoplatform.governance.ElectionManagement;
import org.ansoplatform.governance.ElectionView;
import org.ansoplatform.governance.MotionManagement;
import org.ansoplatform.governance.MotionView;
import org.ansoplatform.governance.SessionQueries;
import org.ansoplatform.governance.VotingQueries;
import org.ansoplatform.organizations.OrganizationQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A delegate casts a ballot in two steps, on the server so it works without JavaScript: the choice is checked and
 * shown back with the poll and the organization it is for, and only the confirmation casts it. A refused ballot
 * shows the votes page again with the reason at the top.
 */
@Controller
public class BallotPages {

    private final MotionManagement motions;
    private final ElectionManagement elections;
    private final VotingQueries voting;
    private final SessionQueries sessions;
    private final OrganizationQueries organizations;
    private final VotesPage page;

    BallotPages(MotionManagement motions, ElectionManagement elections, VotingQueries voting, SessionQueries sessions,
            OrganizationQueries organizations, VotesPage page) {
        this.motions = motions;
        this.elections = elections;
        this.voting = voting;
        this.sessions = sessions;
        this.organizations = organizations;
        this.page = page;
    }

    @PostMapping("/representative/votes/{id}")
    String cast(@PathVariable UUID id, @Valid @ModelAttribute("ballot") BallotForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        return FormPost.send(result, response, () -> page.show(model), () -> {
            if (!form.confirming()) {
                UUID voter = motions.check(id, form.choice(), form.onBehalfOf());
                MotionView motion = voting.motion(id).withoutResults();
                model.addAttribute("motion", motion);
                return confirm(model, motion.sessionId(), voter);
            }
            motions.cast(id, form.choice(), form.onBehalfOf());
            redirect.addFlashAttribute("flashSuccess", "governance.vote.recorded");
            return RepresentativePages.VOTES;
        });
    }

    @PostMapping("/representative/elections/{id}")
    String elect(@PathVariable UUID id, @Valid @ModelAttribute("ballot") BallotForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        return FormPost.send(result, response, () -> page.show(model), () -> {
            if (!form.confirming()) {
                elections.check(id, form.candidates(), form.abstaining());
                ElectionView election = voting.publishedElection(id);
                List<UUID> chosen = form.candidates() == null ? List.of() : form.candidates();
                model.addAttribute("election", election);
                model.addAttribute("chosen", election.candidates().stream().filter(c -> chosen.contains(c.id()))
                        .map(CandidateView::organizationName).toList());
                return confirm(model, election.sessionId(), page.organization().orElseThrow());
            }
            elections.cast(id, form.candidates(), form.abstaining());
            redirect.addFlashAttribute("flashSuccess", "governance.vote.recorded");
            return RepresentativePages.VOTES;
        });
    }

    private String confirm(Model model, UUID sessionId, UUID voter) {
        model.addAttribute("pollSession", sessionId == null ? null : sessions.find(sessionId).orElse(null));
        model.addAttribute("voter", organizations.byId(voter).orElse(null));
        return "governance/confirm-ballot";
    }
}
