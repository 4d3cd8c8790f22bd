package org.ansoplatform.accounts.web;

import java.util.Objects;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.accounts.AccountQueries;
import org.ansoplatform.accounts.OrcidProfile;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.SignedInPerson;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's own account: profile, password and personal API tokens. */
@Controller
class AccountController {

    private final AccountManagement accounts;
    private final AccountQueries queries;
    private final OrcidProfile orcids;

    AccountController(AccountManagement accounts, AccountQueries queries, OrcidProfile orcids) {
        this.accounts = accounts;
        this.queries = queries;
        this.orcids = orcids;
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal SignedInPerson me, Model model) {
        AccountQueries.PersonView person = queries.person(me.id()).orElseThrow(() -> new NotFoundException("person"));
        model.addAttribute("person", person);
        var orcid = orcids.of(me.id());
        model.addAttribute("orcid", orcid.orElse(null));
        if (!model.containsAttribute("profile")) {
            model.addAttribute("profile", new Forms.Profile(person.displayName(), orcid.map(Object::toString).orElse("")));
        }
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", Forms.PasswordChange.empty());
        }
        return "accounts/account";
    }

    @PostMapping("/account/profile")
    String rename(@AuthenticationPrincipal SignedInPerson me, @Valid @ModelAttribute("profile") Forms.Profile profile,
            BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!result.hasFieldErrors(OrcidProfile.FIELD)) {
            try {
                // checked before anything is stored, so that a bad iD leaves the name unchanged too
                OrcidProfile.check(profile.orcid());
            } catch (InvalidInputException refused) {
                FormErrors.apply(refused, result);
            }
        }
        if (result.hasErrors()) {
            FormErrors.refused(response);
            return account(me, model);
        }
        accounts.rename(me.id(), profile.displayName());
        if (profile.orcid() != null) {
            // a form without the field (an older page, a script renaming) leaves the iD as it is; an empty field removes it
            orcids.change(me.id(), profile.orcid());
        }
        redirect.addFlashAttribute("flashSuccess", "flash.saved");
        return "redirect:/account";
    }

    @PostMapping("/account/password")
    String changePassword(@AuthenticationPrincipal SignedInPerson me,
            @Valid @ModelAttribute("passwordForm") Forms.PasswordChange form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (!Objects.equals(form.newPassword(), form.newPasswordConfirmation())) {
            result.rejectValue("newPasswordConfirmation", "accounts.password.mismatch");
        }
        if (!result.hasErrors()) {
            try {
                accounts.changePassword(me.id(), form.currentPassword(), form.newPassword(),
                        Boolean.TRUE.equals(form.revokeTokens()));
                redirect.addFlashAttribute("flashSuccess", "accounts.passwordChanged");
                return "redirect:/account";
            } catch (InvalidInputException refused) {
                FormErrors.apply(refused, result);
            }
        }
        FormErrors.refused(response);
        return account(me, model);
    }

    @GetMapping("/account/tokens")
    String tokens(@AuthenticationPrincipal SignedInPerson me, Model model) {
        model.addAttribute("tokens", queries.apiTokens(me.id()));
        model.addAttribute("scopes", org.ansoplatform.platform.ApiTokenScope.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Forms.TokenRequest.empty());
        }
        return "accounts/tokens";
    }

    @PostMapping("/account/tokens")
    String createToken(@AuthenticationPrincipal SignedInPerson me, @Valid @ModelAttribute("form") Forms.TokenRequest form,
            BindingResult result, Model model, HttpServletResponse response) {
        if (result.hasErrors()) {
            FormErrors.refused(response);
            return tokens(me, model);
        }
        AccountManagement.NewApiToken created;
        try {
            created = accounts.createApiToken(me.id(), form.name(), form.scope(), form.expiresOn());
        } catch (InvalidInputException refused) {
            FormErrors.refuse(refused, result, response);
            return tokens(me, model);
        }
        // shown once, in this response only; never stored in a flash attribute or the session
        model.addAttribute("newToken", created.secret());
        model.addAttribute("form", Forms.TokenRequest.empty());
        return tokens(me, model);
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@AuthenticationPrincipal SignedInPerson me, @PathVariable UUID id, RedirectAttributes redirect) {
        accounts.revokeApiToken(me.id(), id);
        redirect.addFlashAttribute("flashSuccess", "accounts.tokens.revoked");
        return "redirect:/account/tokens";
    }
}
