package org.ansoplatform.partnerships.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a step of an agreement's life asks for, bound as typed: the day it happened (approval, signing, termination),
 * the meeting it was signed at, a new expiry (renewal) and the reason. Each step's form uses the fields it needs.
 */
public record StepForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, String signingRef,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn, String reason) {

    static StepForm blank() {
        return new StepForm(null, null, null, null);
    }
}
