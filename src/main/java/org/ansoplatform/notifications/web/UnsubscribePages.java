package org.ansoplatform.notifications.web;

import jakarta.servlet.http.HttpServletResponse;

import org.ansoplatform.notifications.MailingLists;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The one-click unsubscribe of RFC 8058 for the platform's lists (decision 420): a mail client POSTs
 * {@code List-Unsubscribe=One-Click} to the address of the {@code List-Unsubscribe} header, without a session or a
 * CSRF token, and gets 200 with no redirect; the same link opened in a browser only asks (a link checker or a
 * preview that follows links must not unsubscribe anyone) and its button POSTs. The token is the whole authority; a
 * second POST changes nothing, an unknown token answers 404 and changes nothing.
 */
@Controller
class UnsubscribePages {

    private final MailingLists lists;

    UnsubscribePages(MailingLists lists) {
        this.lists = lists;
    }

    @GetMapping(MailingLists.PATH)
    String ask(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        return lists.subscription(token).map(subscription -> {
            model.addAttribute("token", token);
            model.addAttribute("list", subscription.list());
            model.addAttribute("outcome", "ASK");
            return "notifications/unsubscribe";
        }).orElseGet(() -> unknown(model, response));
    }

    @PostMapping(MailingLists.PATH)
    String unsubscribe(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        return lists.unsubscribe(token).map(outcome -> {
            model.addAttribute("list", lists.subscription(token).orElseThrow().list());
            model.addAttribute("outcome", outcome.name());
            return "notifications/unsubscribe";
        }).orElseGet(() -> unknown(model, response));
    }

    private static String unknown(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("list", null);
        model.addAttribute("outcome", "UNKNOWN");
        return "notifications/unsubscribe";
    }
}
