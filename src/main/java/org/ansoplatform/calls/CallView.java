package org.ansoplatform.calls;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.shared.LocalizedText;

/** A call as read back, with its programme's name and the version its edit form must send back. */
public record CallView(UUID id, LocalizedText programmeName, CallDefinition definition, UUID clonedFrom, int version) {

    /** Whether an application may be created, changed or submitted at this instant. */
    public boolean accepting(Instant now) {
        return definition.status() == CallStatus.OPEN && !now.isBefore(definition.opensAt()) && now.isBefore(definition.closesAt());
    }

    public boolean upcoming(Instant now) {
        return definition.status() == CallStatus.OPEN && now.isBefore(definition.opensAt());
    }

    public boolean published() {
        return definition.status() != CallStatus.DRAFT;
    }

    public Optional<Track> track(String code) {
        return definition.tracks().stream().filter(track -> track.code().equals(code)).findFirst();
    }

    /** A track's name in the reader's language (pages show names, never codes such as {@code MASTER}). */
    public String trackName(String code, java.util.Locale locale) {
        return track(code).map(track -> track.name().in(locale)).orElse(code == null ? "" : code);
    }

    /**
     * The only track of a call whose form asks for none (the cooperation call's): nothing for the applicant to
     * choose, and without it the application could never be complete. Null when there is a choice to make.
     */
    public String impliedTrack() {
        return definition.tracks().size() == 1 && definition.form().field("track").isEmpty() ? definition.tracks().get(0).code() : null;
    }

    public Optional<Host> host(String code) {
        return definition.hosts().stream().filter(host -> host.code().equals(code)).findFirst();
    }
}
