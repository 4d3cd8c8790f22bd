package org.ansoplatform.governance.web;

import jakarta.validation.constraints.Size;

/** A note: the Secretariat's request or confirmation, the applicant's answer. */
public record NoteForm(@Size(max = 8000, message = "{validation.tooLong}") String note) {

    static NoteForm empty() {
        return new NoteForm(null);
    }
}
