package org.ansoplatform.review.web;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotEmpty;

import org.ansoplatform.review.panels.PairingKind;
import org.ansoplatform.review.panels.PanelQueries.PanelView;
import org.ansoplatform.review.panels.PanelSetup;
import org.springframework.format.annotation.DateTimeFormat;

/** The forms of the Secretariat's panel page. Values out of range are refused by the services, each on its field. */
final class PanelForms {

    private PanelForms() {
    }

    /** Opening a panel for one of the scopes offered. */
    record OpenForm(UUID scope) {
    }

    /** The panel's settings; the deadline is a local date-time in {@code zone}. */
    record SettingsForm(Integer reviewersPerSubject, Integer minLoad, Integer maxLoad, Double loadPenalty, Boolean fairnessFloor,
            Boolean conflictSameCountry, List<String> blindFields, List<String> conflictListFields,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime deadline, String zone, Boolean doubleBlind) {

        static SettingsForm of(PanelView panel) {
            return new SettingsForm(panel.reviewersPerSubject(), panel.minLoad(), panel.maxLoad(), panel.loadPenalty(),
                    panel.fairnessFloor(), panel.conflictSameCountry(), panel.blindFields(), panel.conflictListFields(),
                    panel.localDeadline(), panel.zone(), panel.doubleBlind());
        }

        SettingsForm {
            blindFields = blindFields == null ? List.of() : blindFields;
            conflictListFields = conflictListFields == null ? List.of() : conflictListFields;
        }

        PanelSetup.Settings settings() {
            return new PanelSetup.Settings(orZero(reviewersPerSubject), orZero(minLoad), orZero(maxLoad),
                    loadPenalty == null ? Double.NaN : loadPenalty, Boolean.TRUE.equals(fairnessFloor), Boolean.TRUE.equals(conflictSameCountry),
                    blindFields, conflictListFields, deadline, zone);
        }

        private static int orZero(Integer value) {
            return value == null ? 0 : value;
        }
    }

    /** Reviewers of the pool invited at once (the pool's checkboxes); the setup refuses one no longer in the pool. */
    record InviteForm(@NotEmpty(message = "{review.panel.error.noReviewers}") List<UUID> reviewers) {

        static InviteForm none() {
            return new InviteForm(List.of());
        }
    }

    /** A conflict the Secretariat records: the subject typed as its reference, or (from links and the API) given by id. */
    record ConflictForm(UUID subject, String subjectRef, UUID reviewer, String reason) {

        static ConflictForm empty() {
            return new ConflictForm(null, "", null, "");
        }
    }

    /** A pin or ban of a pair; no kind removes the pair's pin or ban. */
    record PairingForm(UUID subject, String subjectRef, UUID reviewer, PairingKind kind) {

        static PairingForm empty() {
            return new PairingForm(null, "", null, PairingKind.PIN);
        }
    }
}
