package org.ansoplatform.partnerships.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A refused step of an introduction (a decline without its reason, an outcome without the kind of agreement signed):
 * the introduction's page again, answered 422, with each message next to its field in the form that was posted and
 * those of no field at the top of that form. The page has several small forms without a bound object, so the messages
 * are given by field.
 */
@Component
class IntroductionRefusal {

    private final MessageSource messages;

    IntroductionRefusal(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * Runs the step; done, a redirect to {@code path} with the {@code done} message; refused, the page {@code again}
     * builds, with the reasons by field of the {@code form} posted.
     */
    String step(String form, Runnable command, String done, String path, java.util.function.Supplier<String> again, Model model,
            Locale locale, HttpServletResponse response, org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        try {
            command.run();
        } catch (InvalidInputException refusal) {
            show(model, form, refusal, locale, response);
            return again.get();
        }
        redirect.addFlashAttribute("flashSuccess", done);
        return "redirect:" + path;
    }

    void show(Model model, String form, InvalidInputException refusal, Locale locale, HttpServletResponse response) {
        Map<String, String> byField = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        for (InvalidInputException.Violation v : refusal.violations()) {
            String text = messages.getMessage(v.messageKey(), v.args(), locale);
            if (v.field() == null) {
                general.add(text);
            } else {
                byField.merge(v.field(), text, (a, b) -> a + " " + b);
            }
        }
        model.addAttribute("refusedForm", form);
        model.addAttribute("refusal", byField);
        model.addAttribute("refusalGeneral", general);
        FormErrors.refused(response);
    }
}
