package org.ansoplatform.platform;

import org.springframework.validation.BindingResult;

/** Puts a command's refusal next to the fields of the form that sent it. */
public final class FormErrors {

    private FormErrors() {
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
