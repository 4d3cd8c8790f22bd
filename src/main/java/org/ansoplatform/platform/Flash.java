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
            redirect.addFlashAttribute("flashError", refusal.violations().get(0).messageKey());
            return false;
        }
    }
}
