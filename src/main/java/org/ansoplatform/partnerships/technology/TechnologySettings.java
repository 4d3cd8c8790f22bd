package org.ansoplatform.partnerships.technology;

import java.time.Period;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** How long a published offer or request stays published before its owner must renew it ({@code anso.partnerships.offer-validity}). */
@Component
public class TechnologySettings {

    private final Period validity;

    TechnologySettings(@Value("${anso.partnerships.offer-validity:P12M}") Period validity) {
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalStateException("anso.partnerships.offer-validity must be a positive period: " + validity);
        }
        this.validity = validity;
    }

    public Period validity() {
        return validity;
    }
}
