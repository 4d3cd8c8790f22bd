package org.ansoplatform.meetings.figures;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.meetings.MeetingLinks;
import org.ansoplatform.shared.RecordRef;
import org.ansoplatform.shared.RecordSource;
import org.ansoplatform.shared.RecordView;
import org.ansoplatform.shared.Reader;
import org.springframework.stereotype.Component;

/**
 * Meetings and registrations as links. A meeting is seen as its public page allows (published ones by anyone,
 * the others by the Secretariat on its own page); a registration is a person's data, the Secretariat's only.
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
            if (meeting.published()) {
                views.put(ref, RecordView.of(ref, meeting.title().in(locale), MeetingLinks.meeting(meeting.id())));
            } else {
                views.put(ref, secretariat ? RecordView.of(ref, meeting.title().in(locale), ADMIN_PATH + meeting.id())
                        : RecordView.hidden(ref));
            }
        }
        for (MeetingFigureQueries.RegistrationTitle registration
                : queries.registrations(ids(refs, MeetingFigures.REGISTRATION))) {
            RecordRef ref = RecordRef.of(module(), MeetingFigures.REGISTRATION, registration.id());
            views.put(ref, secretariat
                    ? RecordView.of(ref, registration.name() + " · " + registration.meetingTitle().in(locale),
                            ADMIN_PATH + registration.meetingId())
                    : RecordView.hidden(ref));
        }
        return views;
    }

    private List<UUID> ids(Collection<RecordRef> refs, String type) {
        return refs.stream().filter(ref -> ref.is(module(), type)).map(RecordRef::id).distinct().toList();
    }
}
