package org.ansoplatform.governance.web;

import jakarta.validation.constraints.Size;

/** An agenda item's title; its documents come as the request's files. */
public record AgendaForm(@Size(max = 500, message = "{validation.tooLong}") String title) {

    static AgendaForm empty() {
        return new AgendaForm(null);
    }
}
