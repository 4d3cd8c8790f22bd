package org.ansoplatform.governance.web;

import java.io.IOException;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.InvalidInputException;
import org.springframework.validation.BindingResult;

/**
 * The one shape of a governance form's post: a form Bean Validation refused, or whose action a service
 * refused, is shown again with its messages (answered 422 by {@link FormErrors}); otherwise the action runs
 * and the answer is where it leads (a redirect).
 */
final class FormPost {

    /** What a valid form does; returns the view to answer with, usually a redirect. */
    @FunctionalInterface
    interface Action {
        String run() throws IOException;
    }

    private FormPost() {
    }

    static String send(BindingResult result, HttpServletResponse response, Supplier<String> refused, Action action)
            throws IOException {
        if (result.hasErrors()) {
            FormErrors.refused(response);
            return refused.get();
        }
        try {
            return action.run();
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(onForm(refusal, result), result, response);
            return refused.get();
        }
    }

    /** A service names its own fields; one this form does not have (e.g. the files) shows at the top instead. */
    private static InvalidInputException onForm(InvalidInputException refusal, BindingResult result) {
        return new InvalidInputException(refusal.violations().stream()
                .map(v -> v.field() == null || result.getFieldType(v.field()) != null ? v
                        : new InvalidInputException.Violation(null, v.messageKey(), v.args()))
                .toList());
    }
}
