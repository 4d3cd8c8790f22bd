package org.ansoplatform.publications.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.ProofOfWork;
import org.ansoplatform.publications.SubscriptionManagement;
import org.ansoplatform.publications.SubscriptionManagement.Outcome;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Subscribing to the newsletter (the form with the proof of work of anonymous forms, then "check your mail"),
 * confirming from the emailed link (a second time says so; an unknown link answers 404 with a message and changes
 * nothing), and unsubscribing: a GET shows a page with a button, a POST (the button, or a mail client's one-click
 * request of RFC 8058, without a CSRF token) unsubscribes.
 */
@Controller
class SubscriptionPages {

    private final SubscriptionManagement subscriptions;
    private final ProofOfWork proofOfWork;

    SubscriptionPages(SubscriptionManagement subscriptions, ProofOfWork proofOfWork) {
        this.subscriptions = subscriptions;
        this.proofOfWork = proofOfWork;
    }

    @GetMapping(NewsWeb.NEWSLETTERS + "/subscribe")
    String form(Model model, Locale locale) {
        model.addAttribute("form", SubscriptionForm.blank(locale.getLanguage()));
        return "publications/news/subscribe";
    }

    @PostMapping(NewsWeb.NEWSLETTERS + "/subscribe")
    String subscribe(@Valid @ModelAttribute("form") SubscriptionForm form, BindingResult result, HttpServletResponse response) {
        if (result.hasErrors()) {
            FormErrors.refused(response);
            return "publications/news/subscribe";
        }
        try {
            proofOfWork.check(form.altcha());
            subscriptions.request(form.email(), form.language());
            return "redirect:" + NewsWeb.NEWSLETTERS + "/subscribe/sent";
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, result, response);
            return "publications/news/subscribe";
        }
    }

    @GetMapping(NewsWeb.NEWSLETTERS + "/subscribe/sent")
    String sent() {
        return "publications/news/subscribe-sent";
    }

    @GetMapping(SubscriptionManagement.CONFIRM_PATH)
    String confirm(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        return outcome(subscriptions.confirm(token).orElse(null), model, response);
    }

    @GetMapping(NewsWeb.NEWSLETTERS + "/unsubscribe/{secret}")
    String unsubscribePage(@PathVariable String secret, Model model, HttpServletResponse response) {
        if (!subscriptions.knows(secret)) {
            return outcome(null, model, response);
        }
        model.addAttribute("secret", secret);
        return "publications/news/unsubscribe";
    }

    @PostMapping(NewsWeb.NEWSLETTERS + "/unsubscribe/{secret}")
    String unsubscribe(@PathVariable String secret, Model model, HttpServletResponse response) {
        return outcome(subscriptions.unsubscribe(secret).orElse(null), model, response);
    }

    private static String outcome(Outcome outcome, Model model, HttpServletResponse response) {
        if (outcome == null) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("outcome", "UNKNOWN");
        } else {
            model.addAttribute("outcome", outcome.name());
        }
        return "publications/news/subscription-outcome";
    }
}
