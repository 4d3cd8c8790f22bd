package org.ansoplatform.governance.web;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.ansoplatform.governance.ProxyManagement;
import org.ansoplatform.platform.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A member organization's delegate sees its votes ({@link VotesPage}) and gives its organization's vote to another
 * organization, for one motion or a whole session, or takes it back while unused. Ballots are {@link BallotPages}'.
 */
@Controller
public class RepresentativePages {

    static final String VOTES = "redirect:/representative/votes";

    private final ProxyManagement proxies;
    private final VotesPage page;

    RepresentativePages(ProxyManagement proxies, VotesPage page) {
        this.proxies = proxies;
        this.page = page;
    }

    @GetMapping("/representative/votes")
    String votes(Model model) {
        return page.show(model);
    }

    @PostMapping("/representative/votes/{id}/proxy")
    String proxy(@PathVariable UUID id, @Valid @ModelAttribute("ballot") BallotForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        return FormPost.send(result, response, () -> page.show(model), () -> {
            proxies.giveProxy(id, form.holder());
            redirect.addFlashAttribute("flashSuccess", "governance.vote.proxyGiven");
            return VOTES;
        });
    }

    @PostMapping("/representative/votes/{id}/proxy/revoke")
    String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
        Flash.outcome(redirect, () -> proxies.revokeProxy(id), "governance.vote.proxyRevoked");
        return VOTES;
    }

    @PostMapping("/representative/sessions/{id}/proxy")
    String sessionProxy(@PathVariable UUID id, @Valid @ModelAttribute("ballot") BallotForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        return FormPost.send(result, response, () -> page.show(model), () -> {
            proxies.giveSessionProxy(id, form.holder());
            redirect.addFlashAttribute("flashSuccess", "governance.vote.sessionProxyGiven");
            return VOTES;
        });
    }

    @PostMapping("/representative/sessions/{id}/proxy/revoke")
    String revokeSessionProxy(@PathVariable UUID id, RedirectAttributes redirect) {
        Flash.outcome(redirect, () -> proxies.revokeSessionProxy(id), "governance.vote.proxyRevoked");
        return VOTES;
    }
}
