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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The referee's page, reached from the emailed link: whom the letter is for, and the upload. */
@Controller
class RefereePages {

    private final RefereeLetterIntake letters;
    private final MessageSource messages;

    RefereePages(RefereeLetterIntake letters, MessageSource messages) {
        this.letters = letters;
        this.messages = messages;
    }

    @GetMapping("/referee")
    String open(@RequestParam(defaultValue = "") String token, Locale locale, Model model) {
        model.addAttribute("token", token);
        try {
            model.addAttribute("request", letters.open(token));
        } catch (InvalidInputException refusal) {
            model.addAttribute("linkError", messages.getMessage(refusal.violations().get(0).messageKey(), null, locale));
        }
        return "calls/referee";
    }

    @PostMapping("/referee/letter")
    String upload(@RequestParam(defaultValue = "") String token, @RequestParam("file") MultipartFile file, Locale locale, Model model,
            HttpServletResponse response) throws IOException {
        model.addAttribute("token", token);
        try (InputStream content = file.getInputStream()) {
            letters.upload(token, file.getOriginalFilename(), content);
            model.addAttribute("done", true);
        } catch (InvalidInputException refusal) {
            FormErrors.refused(response);
            var violation = refusal.violations().get(0);
            String message = messages.getMessage(violation.messageKey(), violation.args(), locale);
            if ("token".equals(violation.field())) {
                model.addAttribute("linkError", message);
            } else {
                model.addAttribute("request", letters.open(token));
                model.addAttribute("fileError", message);
            }
        }
        return "calls/referee";
    }
}
