package org.ansoplatform.calls.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ansoplatform.calls.ApplicationForm;
import org.ansoplatform.calls.CallDefinition;
import org.ansoplatform.calls.FieldType;
import org.ansoplatform.calls.FormField;
import org.ansoplatform.calls.FormSection;
import org.ansoplatform.calls.Track;

/**
 * Keeps the form’s track question ({@code track}, a single choice) offering exactly the call’s tracks: a track
 * added as a row becomes an option named as the track, an option that is no longer a track goes. An option that
 * stays keeps the label the Secretariat gave it. What changed is told, so that the page can say it.
 */
public final class TrackChoice {

    /** The key of the question whose answer is the applicant’s track (as the intake reads it). */
    public static final String QUESTION = "track";

    private TrackChoice() {
    }

    /** The definition with its track question in step with its tracks, and what changed in it. */
    public record Result(CallDefinition definition, List<Track> offered, List<String> withdrawn) {

        public boolean changed() {
            return !offered.isEmpty() || !withdrawn.isEmpty();
        }
    }

    public static Result apply(CallDefinition call) {
        Optional<FormField> question = call.form().field(QUESTION).filter(field -> field.type() == FieldType.SINGLE_CHOICE);
        if (question.isEmpty() || call.tracks().isEmpty()) {
            return new Result(call, List.of(), List.of());
        }
        FormField old = question.get();
        List<FormField.Option> options = new ArrayList<>();
        List<Track> offered = new ArrayList<>();
        for (Track track : call.tracks()) {
            Optional<FormField.Option> kept = old.options().stream().filter(option -> option.value().equals(track.code())).findFirst();
            options.add(kept.orElseGet(() -> new FormField.Option(track.code(), track.name())));
            if (kept.isEmpty()) {
                offered.add(track);
            }
        }
        List<String> withdrawn = old.options().stream().map(FormField.Option::value)
                .filter(value -> call.tracks().stream().noneMatch(track -> track.code().equals(value))).toList();
        if (offered.isEmpty() && withdrawn.isEmpty() && options.equals(old.options())) {
            return new Result(call, List.of(), List.of());
        }
        FormField replaced = old.withOptions(options);
        List<FormSection> sections = call.form().sections().stream().map(section -> new FormSection(section.key(), section.title(),
                section.fields().stream().map(field -> field.key().equals(QUESTION) ? replaced : field).toList())).toList();
        CallDefinition adjusted = new CallDefinition(call.programmeCode(), call.code(), call.referencePrefix(), call.title(),
                call.description(), call.zone(), call.opens(), call.closes(), call.status(), call.refereeCount(), call.nominationQuota(),
                call.tracks(), call.hosts(), new ApplicationForm(sections), call.eligibility(), call.reopenBeforeDeadline());
        return new Result(adjusted, List.copyOf(offered), withdrawn);
    }
}
