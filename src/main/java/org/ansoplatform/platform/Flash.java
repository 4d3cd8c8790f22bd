package org.ansoplatform.platform;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The outcome of a page's form post, shown by the layout after the redirect: the success message, or the
 * first reason the action was refused (nothing changed then).
 */
public final class Flash {

    private Flash() {
    }

    /** @return whether the action went through */
    public static boolean outcome(RedirectAttributes redirect, Runnable action, String successKey) {
        try {
            action.run();
            redirect.addFlashAttribute("flashSuccess", successKey);
            return true;
        } catch (InvalidInputException refusal) {
            refused(redirect, refusal);
            return false;
        }
    }

    /**
     * Shows the first reason of a refusal, with its arguments, after the redirect; its field ({@code flashErrorField})
     * lets the page repeat it next to that field.
     */
    public static void refused(RedirectAttributes redirect, InvalidInputException refusal) {
        InvalidInputException.Violation first = refusal.violations().get(0);
        redirect.addFlashAttribute("flashError", first.messageKey());
        if (first.field() != null) {
            redirect.addFlashAttribute("flashErrorField", first.field());
        }
        if (first.args() != null && first.args().length > 0) {
            redirect.addFlashAttribute("flashErrorArgs", first.args());
        }
    }
}
