package org.ansoplatform.governance.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.ansoplatform.governance.Delegates;
import org.ansoplatform.governance.Voting;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A member organization's delegate sees the open votes and casts the organization's ballot (or a proxy's). */
@Controller
public class RepresentativePages {

    /** An open motion as the delegate sees it: whether the organization voted, and the proxies it holds. */
    public record OpenVote(Voting.MotionView motion, boolean voted, List<OrganizationView> proxies) {
    }

    private final Voting voting;
    private final Delegates delegates;
    private final OrganizationQueries organizations;
    private final CurrentActor currentActor;
    private final MessageSource messages;

    RepresentativePages(Voting voting, Delegates delegates, OrganizationQueries organizations, CurrentActor currentActor,
            MessageSource messages) {
        this.voting = voting;
        this.delegates = delegates;
        this.organizations = organizations;
        this.currentActor = currentActor;
        this.messages = messages;
    }

    @GetMapping("/representative/votes")
    String votes(Model model) {
        UUID organization = delegates.organizationOf(currentActor.personId()).orElse(null);
        model.addAttribute("organization", organization == null ? null : organizations.byId(organization).orElse(null));
        model.addAttribute("votes", organization == null ? List.of() : voting.openFor(organization).stream()
                .map(m -> new OpenVote(m, voting.voted(m.id(), organization), voting.proxiesHeldBy(m.id(), organization)
                        .stream().map(o -> organizations.byId(o).orElse(null)).filter(java.util.Objects::nonNull).toList()))
                .toList());
        return "governance/votes";
    }

    @PostMapping("/representative/votes/{id}")
    String cast(@PathVariable UUID id, @RequestParam(required = false) String choice,
            @RequestParam(required = false) UUID onBehalfOf, Model model, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            Voting.Choice parsed = choice == null ? null : Voting.Choice.valueOf(choice);
            voting.cast(id, parsed, onBehalfOf);
        } catch (InvalidInputException e) {
            PageErrors.show(e, messages, locale, model, response);
            return votes(model);
        } catch (IllegalArgumentException e) {
            PageErrors.show(new InvalidInputException("choice", "validation.required"), messages, locale, model, response);
            return votes(model);
        }
        redirect.addFlashAttribute("flashSuccess", "governance.vote.recorded");
        return "redirect:/representative/votes";
    }
}
