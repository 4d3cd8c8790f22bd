package org.ansoplatform.governance.web;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.ansoplatform.governance.DelegateQueries;
import org.ansoplatform.governance.ElectionManagement;
import org.ansoplatform.governance.ElectionView;
import org.ansoplatform.governance.MandateQueries;
import org.ansoplatform.governance.MotionManagement;
import org.ansoplatform.governance.MotionView;
import org.ansoplatform.governance.SessionQueries;
import org.ansoplatform.governance.SessionView;
import org.ansoplatform.governance.VotingQueries;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.platform.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A member organization's delegate sees the open votes and casts the organization's ballot (or a proxy's). A
 * refused ballot shows the votes page again with the reason at the top.
 */
@Controller
public class RepresentativePages {

    private static final String VOTES = "redirect:/representative/votes";

    /**
     * An open motion as the delegate sees it: its session (null for a vote outside one), whether the organization
     * voted, the organization it gave its vote to (null if none), and the proxies it holds.
     */
    public record OpenVote(MotionView motion, SessionView session, boolean voted, OrganizationView givenTo,
            List<OrganizationView> proxies) {
    }

    /** An open election as the delegate sees it. */
    public record OpenElection(ElectionView election, boolean voted) {
    }

    private final MotionManagement motions;
    private final ElectionManagement elections;
    private final VotingQueries voting;
    private final DelegateQueries delegates;
    private final OrganizationQueries organizations;
    private final MandateQueries mandates;
    private final SessionQueries sessions;
    private final CurrentActor currentActor;

    RepresentativePages(MotionManagement motions, ElectionManagement elections, VotingQueries voting,
            DelegateQueries delegates, OrganizationQueries organizations, MandateQueries mandates,
            SessionQueries sessions, CurrentActor currentActor) {
        this.mandates = mandates;
        this.sessions = sessions;
        this.motions = motions;
        this.elections = elections;
        this.voting = voting;
        this.delegates = delegates;
        this.organizations = organizations;
        this.currentActor = currentActor;
    }

    @GetMapping("/representative/votes")
    String votes(Model model) {
        UUID organization = delegates.organizationOf(currentActor.personId()).orElse(null);
        model.addAttribute("organization", organization == null ? null : organizations.byId(organization).orElse(null));
        model.addAttribute("votes", organization == null ? List.of() : voting.openMotionsFor(organization).stream()
                .map(m -> new OpenVote(m, sessions.find(m.sessionId()).orElse(null), voting.votedOnMotion(m.id(), organization),
                        voting.proxyGivenTo(m.id(), organization).flatMap(organizations::byId).orElse(null),
                        voting.proxiesHeldBy(m.id(), organization).stream().map(o -> organizations.byId(o).orElse(null))
                                .filter(Objects::nonNull).toList()))
                .toList());
        model.addAttribute("members", organization == null ? List.of() : mandates.members().stream().filter(o -> !o.id().equals(organization)).toList());
        model.addAttribute("elections", organization == null ? List.of() : voting.openElectionsFor(organization).stream()
                .map(e -> new OpenElection(e, voting.votedInElection(e.id(), organization))).toList());
        return "governance/votes";
    }

    @PostMapping("/representative/votes/{id}/proxy")
    String proxy(@PathVariable UUID id, @Valid @ModelAttribute("ballot") BallotForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        return FormPost.send(result, response, () -> votes(model), () -> {
            motions.giveProxy(id, form.holder());
            redirect.addFlashAttribute("flashSuccess", "governance.vote.proxyGiven");
            return VOTES;
        });
    }

    @PostMapping("/representative/elections/{id}")
    String elect(@PathVariable UUID id, @Valid @ModelAttribute("ballot") BallotForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        return FormPost.send(result, response, () -> votes(model), () -> {
            elections.cast(id, form.candidates());
            redirect.addFlashAttribute("flashSuccess", "governance.vote.recorded");
            return VOTES;
        });
    }

    @PostMapping("/representative/votes/{id}")
    String cast(@PathVariable UUID id, @Valid @ModelAttribute("ballot") BallotForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        return FormPost.send(result, response, () -> votes(model), () -> {
            motions.cast(id, form.choice(), form.onBehalfOf());
            redirect.addFlashAttribute("flashSuccess", "governance.vote.recorded");
            return VOTES;
        });
    }
}
