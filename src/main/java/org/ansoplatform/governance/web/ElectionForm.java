package org.ansoplatform.governance.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.ansoplatform.governance.ElectionCommand;

/** An election of the Governing Board in an Assembly session: its seats and candidates. */
public record ElectionForm(
        @Size(max = 500, message = "{validation.tooLong}") String title,
        Integer seats,
        List<UUID> candidates) {

    static ElectionForm empty() {
        return new ElectionForm(null, 9, List.of());
    }

    ElectionCommand command(UUID sessionId) {
        return new ElectionCommand(sessionId, title, seats, null, candidates);
    }
}
