package org.ansoplatform.review.web;

import java.util.UUID;

import org.ansoplatform.review.panels.PanelStore;
import org.ansoplatform.review.reviewing.ReviewReminder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Secretariat's “Remind” on the dashboard: writes now to each reviewer of the panel whose reviews are neither
 * submitted nor reminded yet (decision 342), and says how many it wrote to; a press when nobody is due is refused.
 */
@Controller
class PanelReminderPages {

    private final ReviewReminder reminder;
    private final PanelStore panels;

    PanelReminderPages(ReviewReminder reminder, PanelStore panels) {
        this.reminder = reminder;
        this.panels = panels;
    }

    @PostMapping("/secretariat/review/panels/{id}/reminders")
    String remind(@PathVariable UUID id, RedirectAttributes redirect) {
        panels.get(id);
        int reviewers = reminder.remindPanel(id);
        if (reviewers == 0) {
            redirect.addFlashAttribute("flashError", "dashboard.remind.noneDue");
        } else {
            redirect.addFlashAttribute("flashSuccess", "dashboard.remind.sent");
            redirect.addFlashAttribute("flashSuccessArgs", new Object[] {reviewers});
        }
        return "redirect:/dashboard";
    }
}
