package org.ansoplatform.governance.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.ansoplatform.platform.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;

/**
 * Puts a refusal on a page: {@code fieldErrors} maps each field (or {@code _form} for the whole form) to its
 * messages, shown next to the field, and the answer's status becomes 400.
 */
final class PageErrors {

    private PageErrors() {
    }

    static void show(InvalidInputException refusal, MessageSource messages, Locale locale, Model model,
            HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        refusal.violations().forEach(v -> errors.merge(v.field() == null ? "_form" : v.field(),
                messages.getMessage(v.messageKey(), v.args(), v.messageKey(), locale), (a, b) -> a + " " + b));
        model.addAttribute("fieldErrors", errors);
        response.setStatus(400);
    }
}
