package org.ansoplatform.calls.web;

import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * Record forms after a type mismatch: Spring constructs the record without the value it could not convert but
 * leaves the binding result without a target, so neither a later {@code rejectValue} nor the page's
 * {@code th:field} could read the form. This puts the form back as the target, keeping every error.
 * (Belongs with the platform's FormErrors; written here until it is hoisted.)
 */
final class RecordForms {

    private RecordForms() {
    }

    static BindingResult retarget(Object form, BindingResult result, Model model) {
        if (result.getTarget() != null || form == null) {
            return result;
        }
        BeanPropertyBindingResult rebound = new BeanPropertyBindingResult(form, result.getObjectName());
        rebound.addAllErrors(result);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + result.getObjectName(), rebound);
        return rebound;
    }
}
