package org.ansoplatform.platform.web;

import org.springframework.beans.TypeMismatchException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Whether a conversion failure came from a path variable (an id that names nothing) or a parameter. */
final class MalformedPathVariables {

    private MalformedPathVariables() {
    }

    static boolean isPathVariable(TypeMismatchException mismatch) {
        return mismatch instanceof MethodArgumentTypeMismatchException argument
                && argument.getParameter().hasParameterAnnotation(PathVariable.class);
    }
}
