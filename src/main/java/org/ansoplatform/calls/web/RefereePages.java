package org.ansoplatform.calls.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.ansoplatform.calls.intake.RefereeLetterIntake;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The referee's page, reached from the emailed link: whom the letter is for, and the upload. A link that
 * does not work (unknown, used, replaced, expired) is the page's own notice, on opening it as on sending the
 * letter, and no form is shown then; a refused file is the form's, next to its field (422).
 */
@Controller
class RefereePages {

    private static final String VIEW = "calls/referee";
    private static final String TOKEN = "token";
    private static final String REASON = "reason";

    private final RefereeLetterIntake letters;
    private final MessageSource messages;

    RefereePages(RefereeLetterIntake letters, MessageSource messages) {
        this.letters = letters;
        this.messages = messages;
    }

    @GetMapping("/referee")
    String open(@RequestParam(defaultValue = "") String token, Locale locale, Model model) {
        model.addAttribute("letterForm", new RefereeLetterForm(token, null));
        model.addAttribute("declineForm", new RefereeDeclineForm(token, ""));
        try {
            model.addAttribute("request", letters.open(token));
        } catch (InvalidInputException refusal) {
            linkError(refusal, locale, model);
        }
        return VIEW;
    }

    @PostMapping("/referee/letter")
    String upload(@ModelAttribute("letterForm") RefereeLetterForm form, BindingResult result, Locale locale, Model model,
            HttpServletResponse response) throws IOException {
        model.addAttribute("declineForm", new RefereeDeclineForm(form.token(), ""));
        try (InputStream content = form.content()) {
            letters.upload(form.token(), form.fileName(), content, form.orcid());
            model.addAttribute("done", true);
        } catch (InvalidInputException refusal) {
            if (refusal.violations().stream().anyMatch(violation -> TOKEN.equals(violation.field()))) {
                FormErrors.refused(response);
                linkError(refusal, locale, model);
            } else {
                FormErrors.refuse(refusal, result, response);
                model.addAttribute("request", letters.open(form.token()));
            }
        }
        return VIEW;
    }

    /**
     * The referee cannot write; refused (link, reason too long), the page says why and nothing changes, a reason
     * refused next to its field like any form's (422).
     */
    @PostMapping("/referee/decline")
    String decline(@ModelAttribute("declineForm") RefereeDeclineForm form, BindingResult result, Locale locale, Model model,
            HttpServletResponse response) {
        String token = form.token() == null ? "" : form.token();
        model.addAttribute("letterForm", new RefereeLetterForm(token, null));
        try {
            letters.decline(token, form.reason() == null ? "" : form.reason());
            model.addAttribute("declined", true);
        } catch (InvalidInputException refusal) {
            FormErrors.refused(response);
            if (refusal.violations().stream().anyMatch(violation -> TOKEN.equals(violation.field()))) {
                linkError(refusal, locale, model);
            } else {
                model.addAttribute("request", letters.open(token));
                model.addAttribute("declineRefused", true);
                for (InvalidInputException.Violation violation : refusal.violations()) {
                    if (REASON.equals(violation.field())) {
                        result.rejectValue(REASON, violation.messageKey(), violation.args(), null);
                    } else {
                        result.reject(violation.messageKey(), violation.args(), null);
                    }
                }
            }
        }
        return VIEW;
    }

    private void linkError(InvalidInputException refusal, Locale locale, Model model) {
        InvalidInputException.Violation violation = refusal.violations().get(0);
        model.addAttribute("linkError", messages.getMessage(violation.messageKey(), violation.args(), locale));
    }
}
