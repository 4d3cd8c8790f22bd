package org.ansoplatform.meetings.figures;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.meetings.MeetingLinks;
import org.ansoplatform.shared.CountryCode;
import org.ansoplatform.shared.RecordRef;
import org.ansoplatform.shared.RecordSource;
import org.ansoplatform.shared.RecordView;
import org.ansoplatform.shared.Reader;
import org.springframework.stereotype.Component;

/**
 * Meetings and registrations as links. A meeting is seen as its public page allows (published ones by anyone,
 * the others by the Secretariat on its own page), with its first day, place and organizers as its page shows them;
 * a registration is a person's data, the Secretariat's only.
 */
@Component
class MeetingRecords implements RecordSource {

    private static final String SECRETARIAT = "SECRETARIAT";
    private static final String ADMIN_PATH = "/secretariat/meetings/";

    private final MeetingFigureQueries queries;

    MeetingRecords(MeetingFigureQueries queries) {
        this.queries = queries;
    }

    @Override
    public String module() {
        return MeetingFigures.MODULE;
    }

    @Override
    public Set<String> types() {
        return Set.of(MeetingFigures.MEETING, MeetingFigures.REGISTRATION);
    }

    @Override
    public Map<RecordRef, RecordView> describe(Collection<RecordRef> refs, Reader reader, Locale locale) {
        Map<RecordRef, RecordView> views = new HashMap<>();
        boolean secretariat = reader.hasRole(SECRETARIAT);
        for (MeetingFigureQueries.MeetingTitle meeting : queries.meetings(ids(refs, MeetingFigures.MEETING))) {
            RecordRef ref = RecordRef.of(module(), MeetingFigures.MEETING, meeting.id());
            RecordView view;
            if (meeting.published()) {
                view = RecordView.of(ref, meeting.title().in(locale), MeetingLinks.meeting(meeting.id()));
            } else {
                view = secretariat ? RecordView.of(ref, meeting.title().in(locale), ADMIN_PATH + meeting.id())
                        : RecordView.hidden(ref);
            }
            views.put(ref, view.visible() ? view.dated(meeting.startDate(), detail(meeting, locale))
                    .illustrative(meeting.illustrative()) : view);
        }
        for (MeetingFigureQueries.RegistrationTitle registration
                : queries.registrations(ids(refs, MeetingFigures.REGISTRATION))) {
            RecordRef ref = RecordRef.of(module(), MeetingFigures.REGISTRATION, registration.id());
            views.put(ref, secretariat
                    ? RecordView.of(ref, registration.name() + " · " + registration.meetingTitle().in(locale),
                            ADMIN_PATH + registration.meetingId()).illustrative(registration.illustrative())
                    : RecordView.hidden(ref));
        }
        return views;
    }

    /** "Venue or city, country · organizers", leaving out what the meeting does not record; null when nothing is. */
    private static String detail(MeetingFigureQueries.MeetingTitle meeting, Locale locale) {
        List<String> place = new java.util.ArrayList<>();
        if (meeting.place() != null && !meeting.place().isBlank()) {
            place.add(meeting.place().strip());
        }
        if (meeting.country() != null && !meeting.country().isBlank()) {
            place.add(CountryCode.name(meeting.country(), locale));
        }
        List<String> parts = new java.util.ArrayList<>();
        if (!place.isEmpty()) {
            parts.add(String.join(", ", place));
        }
        if (meeting.organizers() != null && !meeting.organizers().isBlank()) {
            parts.add(meeting.organizers());
        }
        return parts.isEmpty() ? null : String.join(" · ", parts);
    }

    private List<UUID> ids(Collection<RecordRef> refs, String type) {
        return refs.stream().filter(ref -> ref.is(module(), type)).map(RecordRef::id).distinct().toList();
    }
}
