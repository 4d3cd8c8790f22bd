package org.ansoplatform.accounts.web;

import java.util.Locale;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.ProofOfWork;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Public pages: sign in, register, verify the email, reset a forgotten password, accept an invitation. */
@Controller
class SignInController {

    private final AccountManagement accounts;
    private final ProofOfWork proofOfWork;

    SignInController(AccountManagement accounts, ProofOfWork proofOfWork) {
        this.accounts = accounts;
        this.proofOfWork = proofOfWork;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, Model model) {
        model.addAttribute("error", error);
        return "accounts/login";
    }

    @GetMapping("/register")
    String registerForm(Model model) {
        model.addAttribute("form", Forms.Registration.empty());
        return "accounts/register";
    }

    @PostMapping("/register")
    String register(@Valid @ModelAttribute("form") Forms.Registration form, BindingResult result, Locale locale,
            HttpServletResponse response) {
        if (!Objects.equals(form.password(), form.passwordConfirmation())) {
            result.rejectValue("passwordConfirmation", "accounts.password.mismatch");
        }
        if (result.hasErrors()) {
            FormErrors.refused(response);
            return "accounts/register";
        }
        try {
            proofOfWork.check(form.altcha());
            accounts.register(form.email(), form.displayName(), form.password(), locale.getLanguage());
        } catch (InvalidInputException refused) {
            FormErrors.refuse(refused, result, response);
            return "accounts/register";
        }
        return "redirect:/register/sent";
    }

    @GetMapping("/register/sent")
    String registered() {
        return "accounts/register-sent";
    }

    /** The emailed link opens a page with a button: mail scanners that prefetch links do not spend it. */
    @GetMapping("/verify")
    String verifyPage(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        return "accounts/verify";
    }

    @PostMapping("/verify")
    String verify(@RequestParam(defaultValue = "") String token, Model model, RedirectAttributes redirect) {
        try {
            accounts.verifyEmail(token);
        } catch (InvalidInputException refused) {
            model.addAttribute("token", token);
            model.addAttribute("linkError", refused.violations().get(0).messageKey());
            model.addAttribute("form", Forms.EmailOnly.empty());
            return "accounts/verify";
        }
        redirect.addFlashAttribute("flashSuccess", "accounts.verified");
        return "redirect:/login";
    }

    /** A used or expired verification link, or a lost email: a new link, on the page and from sign-in. */
    @GetMapping("/verify/resend")
    String resendForm(Model model) {
        model.addAttribute("form", Forms.EmailOnly.empty());
        model.addAttribute("resend", true);
        return "accounts/verify";
    }

    /**
     * Answers alike for a pending, a verified and an unknown address (nothing to learn about who has an
     * account); the rate limits per address and per email apply to all of them.
     */
    @PostMapping("/verify/resend")
    String resend(@Valid @ModelAttribute("form") Forms.EmailOnly form, BindingResult result, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        if (result.hasErrors()) {
            FormErrors.refused(response);
            model.addAttribute("resend", true);
            return "accounts/verify";
        }
        try {
            proofOfWork.check(form.altcha());
        } catch (InvalidInputException refused) {
            FormErrors.refuse(refused, result, response);
            model.addAttribute("resend", true);
            return "accounts/verify";
        }
        accounts.resendVerification(form.email());
        redirect.addFlashAttribute("flashSuccess", "accounts.verifyResent");
        return "redirect:/login";
    }

    @GetMapping("/password/forgot")
    String forgotForm(Model model) {
        model.addAttribute("form", Forms.EmailOnly.empty());
        return "accounts/forgot";
    }

    @PostMapping("/password/forgot")
    String forgot(@Valid @ModelAttribute("form") Forms.EmailOnly form, BindingResult result,
            HttpServletResponse response) {
        if (result.hasErrors()) {
            FormErrors.refused(response);
            return "accounts/forgot";
        }
        try {
            proofOfWork.check(form.altcha());
        } catch (InvalidInputException refused) {
            FormErrors.refuse(refused, result, response);
            return "accounts/forgot";
        }
        accounts.requestPasswordReset(form.email());
        return "redirect:/password/forgot/sent";
    }

    @GetMapping("/password/forgot/sent")
    String forgotSent() {
        return "accounts/forgot-sent";
    }

    @GetMapping("/password/reset")
    String resetForm(@RequestParam(defaultValue = "") String token, Model model) {
        return newPasswordPage(RESET, token, "RESET_PASSWORD", model);
    }

    @PostMapping("/password/reset")
    String reset(@Valid @ModelAttribute("form") Forms.NewPassword form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (!checkConfirmation(form, result, response)) {
            return RESET.view(model);
        }
        try {
            accounts.resetPassword(form.token(), form.password());
        } catch (InvalidInputException refused) {
            FormErrors.refuse(refused, result, response);
            return RESET.view(model);
        }
        redirect.addFlashAttribute("flashSuccess", "accounts.passwordReset");
        return "redirect:/login";
    }

    @GetMapping("/invitation")
    String invitationForm(@RequestParam(defaultValue = "") String token, Model model) {
        return newPasswordPage(INVITATION, token, "INVITATION", model);
    }

    @PostMapping("/invitation")
    String acceptInvitation(@Valid @ModelAttribute("form") Forms.NewPassword form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!checkConfirmation(form, result, response)) {
            return INVITATION.view(model);
        }
        try {
            accounts.acceptInvitation(form.token(), form.password());
        } catch (InvalidInputException refused) {
            FormErrors.refuse(refused, result, response);
            return INVITATION.view(model);
        }
        redirect.addFlashAttribute("flashSuccess", "accounts.invitationAccepted");
        return "redirect:/login";
    }

    /** The one page where a password is chosen from an emailed link: a reset or an invitation. */
    private record NewPasswordPage(String page, String formAction) {

        String view(Model model) {
            model.addAttribute("page", page);
            model.addAttribute("formAction", formAction);
            return "accounts/new-password";
        }
    }

    private static final NewPasswordPage RESET = new NewPasswordPage("reset", "/password/reset");
    private static final NewPasswordPage INVITATION = new NewPasswordPage("invitation", "/invitation");

    private String newPasswordPage(NewPasswordPage page, String token, String purpose, Model model) {
        model.addAttribute("form", new Forms.NewPassword(token, "", ""));
        try {
            accounts.checkLink(token, purpose);
        } catch (InvalidInputException refused) {
            model.addAttribute("linkError", refused.violations().get(0).messageKey());
        }
        return page.view(model);
    }

    private static boolean checkConfirmation(Forms.NewPassword form, BindingResult result, HttpServletResponse response) {
        if (!Objects.equals(form.password(), form.passwordConfirmation())) {
            result.rejectValue("passwordConfirmation", "accounts.password.mismatch");
        }
        if (result.hasErrors()) {
            FormErrors.refused(response);
            return false;
        }
        return true;
    }
}
