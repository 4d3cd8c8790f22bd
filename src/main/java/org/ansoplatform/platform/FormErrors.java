package org.ansoplatform.platform;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * The one way a page shows a refused form: the form re-rendered with every message at the top and each next
 * to its field ({@code fragments/forms :: summary} and {@code :: error(field)}), answered with {@link #REFUSED}.
 * Bean Validation's messages and a service's {@link InvalidInputException} go into the same
 * {@link BindingResult}. Buttons without fields (approve, close) redirect with a {@link Flash} instead.
 */
public final class FormErrors {

    /** 422 Unprocessable Content: the request was understood and refused; htmx swaps it in (layout.html). */
    public static final int REFUSED = 422;

    private FormErrors() {
    }

    /** Marks the answer as a refused form, for a binding result that has errors. */
    public static void refused(HttpServletResponse response) {
        response.setStatus(REFUSED);
    }

    /**
     * A record form after a value of the wrong kind: Spring builds the record without the value it could not
     * convert but leaves the binding result without a target, so a later {@code rejectValue} could not read
     * the form. This puts the form back as the target (in the model too), keeping every error.
     */
    public static BindingResult retarget(Object form, BindingResult result, Model model) {
        if (result.getTarget() != null || form == null) {
            return result;
        }
        BeanPropertyBindingResult rebound = new BeanPropertyBindingResult(form, result.getObjectName());
        rebound.addAllErrors(result);
        model.addAttribute(result.getObjectName(), form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + result.getObjectName(), rebound);
        return rebound;
    }

    /**
     * A posted form handled the usual way: refused by Bean Validation or by the service's {@code InvalidInputException},
     * the page is shown again ({@code page}, answered 422) with each message next to its field; accepted, the answer is
     * the action's (a redirect).
     */
    public static String submit(Object form, BindingResult result, Model model, HttpServletResponse response,
            Supplier<String> action, Supplier<String> page) {
        if (result.hasErrors()) {
            retarget(form, result, model);
            refused(response);
            return page.get();
        }
        try {
            return action.get();
        } catch (InvalidInputException refusal) {
            refuse(refusal, result, response);
            return page.get();
        }
    }

    /** Puts a service's refusal into the form's binding result and marks the answer as refused. */
    public static void refuse(InvalidInputException refusal, BindingResult result, HttpServletResponse response) {
        apply(refusal, result);
        refused(response);
    }

    public static void apply(InvalidInputException refusal, BindingResult result) {
        for (InvalidInputException.Violation violation : refusal.violations()) {
            if (violation.field() == null) {
                result.reject(violation.messageKey(), violation.args(), null);
            } else {
                result.rejectValue(violation.field(), violation.messageKey(), violation.args(), null);
            }
        }
    }
}
