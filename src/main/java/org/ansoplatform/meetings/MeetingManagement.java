package org.ansoplatform.meetings;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.shared.Programmes;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.CountryCode;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.RecordChanged;
import org.ansoplatform.platform.TextInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything that changes the catalogue. Each command checks all of its input first and refuses with every
 * violation at once, writing nothing.
 */
@Service
@Transactional
public class MeetingManagement {

    public static final int TITLE_MAX = 400;
    public static final int NAME_MAX = 400;
    public static final int TEXT_MAX = 20_000;
    public static final int SHORT_MAX = 300;
    public static final int LINK_MAX = 500;
    public static final int QUESTIONS_MAX = 20;
    public static final int OPTIONS_MAX = 30;

    private final MeetingStore store;
    private final ApplicationEventPublisher events;
    private final CurrentActor currentActor;
    private final OrganizationQueries organizations;
    private final RegistrationManagement registrations;
    private final MeetingQueries queries;
    private final ParticipantNotices notices;
    private final MeetingTexts texts;
    private final Programmes programmes;

    MeetingManagement(MeetingStore store, ApplicationEventPublisher events, CurrentActor currentActor,
            OrganizationQueries organizations, RegistrationManagement registrations, MeetingQueries queries,
            ParticipantNotices notices, MeetingTexts texts, Programmes programmes) {
        this.programmes = programmes;
        this.texts = texts;
        this.queries = queries;
        this.notices = notices;
        this.store = store;
        this.events = events;
        this.currentActor = currentActor;
        this.organizations = organizations;
        this.registrations = registrations;
    }

    /** Adds a meeting, as the signed-in person; returns its id. */
    public UUID create(MeetingCommand command) {
        return create(command, currentActor.get());
    }

    /** Adds a meeting on behalf of the given actor: the CSV import as the signed-in person, the demo as the system. */
    public UUID create(MeetingCommand command, Actor actor) {
        MeetingCommand input = check(command);
        UUID id = UUID.randomUUID();
        store.insert(id, input, actor.at());
        events.publishEvent(new MeetingCreated(id, input.title().in(texts.fallback()), actor));
        events.publishEvent(new RecordChanged(MeetingSearchSource.ref(id)));
        return id;
    }

    /** Changes a meeting; a larger capacity gives the freed places to the waiting list at once. */
    public void update(UUID id, MeetingCommand command) {
        Actor actor = currentActor.get();
        registrations.lockMeeting(id).orElseThrow(() -> new NotFoundException("meeting"));
        MeetingCommand input = check(command);
        long confirmed = registrations.confirmed(id);
        if (input.capacity() != null && input.capacity() < confirmed) {
            throw new InvalidInputException("capacity", "meetings.error.capacityBelowConfirmed", confirmed);
        }
        MeetingView before = queries.byId(id).orElseThrow();
        String linkBefore = store.onlineLink(id);
        store.update(id, input, actor.at());
        events.publishEvent(new MeetingUpdated(id, input.title().in(texts.fallback()), actor));
        events.publishEvent(new RecordChanged(MeetingSearchSource.ref(id)));
        notices.changed(before, linkBefore);
        registrations.fillFreePlaces(id, actor);
    }

    /**
     * Calls a meeting off: it stays in the catalogue marked cancelled, takes no more registrations and sends no
     * reminders, and everyone still registered is told in their language. Cancelling twice tells nobody twice.
     */
    public void cancel(UUID id) {
        Actor actor = currentActor.get();
        registrations.lockMeeting(id).orElseThrow(() -> new NotFoundException("meeting"));
        if (!store.cancel(id, actor.at())) {
            return;
        }
        events.publishEvent(new MeetingCancelled(id, queries.byId(id).orElseThrow().title(texts.fallback()), actor));
        events.publishEvent(new RecordChanged(MeetingSearchSource.ref(id)));
        notices.meetingCancelled(id);
    }

    /** Removes a meeting nobody ever registered for; false (and nothing removed) otherwise. */
    public boolean removeUnregistered(UUID id) {
        registrations.lockMeeting(id).orElseThrow(() -> new NotFoundException("meeting"));
        boolean removed = store.deleteUnregistered(id);
        if (removed) {
            events.publishEvent(new RecordChanged(MeetingSearchSource.ref(id)));
        }
        return removed;
    }

    /** Attaches a stored file (programme, poster) to a meeting. */
    public void attach(UUID meetingId, UUID fileId, String name) {
        registrations.lockMeeting(meetingId).orElseThrow(() -> new NotFoundException("meeting"));
        Actor actor = currentActor.get();
        store.attach(meetingId, fileId, name, actor.at());
    }

    /** The online link, for the Secretariat's form; participants get it through {@link RegistrationQueries#onlineLink}. */
    @Transactional(readOnly = true)
    public String onlineLink(UUID meetingId) {
        return store.onlineLink(meetingId);
    }

    /** Whether the file is attached to a published meeting, so anyone may download it. */
    public boolean isPublicAttachment(UUID fileId) {
        return store.isPublicAttachment(fileId);
    }

    /** Checks and normalizes; refuses with every violation at once. Field names are the command's. */
    public MeetingCommand check(MeetingCommand c) {
        List<Violation> violations = new ArrayList<>();
        if (c.kind() == null) {
            violations.add(new Violation("kind", "validation.required"));
        }
        LocalizedText title = texts.check(c.title(), "title", TITLE_MAX, true, true, violations);
        LocalizedText description = texts.check(c.description(), "description", TEXT_MAX, false, false, violations);
        if (c.startDate() == null) {
            violations.add(new Violation("startDate", "validation.required"));
        }
        var endDate = c.endDate() == null ? c.startDate() : c.endDate();
        if (c.startDate() != null && endDate.isBefore(c.startDate())) {
            violations.add(new Violation("endDate", "meetings.error.datesOrder"));
        } else if (c.startDate() != null && endDate.equals(c.startDate()) && c.startTime() != null && c.endTime() != null
                && c.endTime().isBefore(c.startTime())) {
            violations.add(new Violation("endTime", "meetings.error.timesOrder"));
        }
        String zone = TextInput.trim(c.timeZone());
        if (zone == null) {
            violations.add(new Violation("timeZone", "validation.required"));
        } else {
            try {
                zone = ZoneId.of(zone).getId();
            } catch (DateTimeException e) {
                violations.add(new Violation("timeZone", "meetings.error.timeZone"));
            }
        }
        if (c.mode() == null) {
            violations.add(new Violation("mode", "validation.required"));
        }
        String venue = TextInput.checkLine(c.venue(), "venue", SHORT_MAX, false, violations);
        String city = TextInput.checkLine(c.city(), "city", 120, false, violations);
        String country = TextInput.trim(c.country());
        if (country != null) {
            if (CountryCode.isValid(country.toUpperCase(Locale.ROOT))) {
                country = country.toUpperCase(Locale.ROOT);
            } else {
                violations.add(new Violation("country", "validation.country"));
            }
        }
        String link = TextInput.trim(c.onlineLink());
        if (link != null && (link.length() > LINK_MAX || !org.ansoplatform.shared.WebAddress.isValid(link))) {
            violations.add(new Violation("onlineLink", "validation.url"));
        }
        List<Organizer> organizers = new ArrayList<>();
        for (Organizer organizer : c.organizers()) {
            String name = TextInput.trim(organizer.name());
            if (name == null && organizer.organizationId() == null) {
                continue;
            }
            if (name != null && name.length() > NAME_MAX) {
                violations.add(new Violation("organizers", "validation.tooLong", NAME_MAX));
                continue;
            }
            String ror = TextInput.trim(organizer.rorId());
            if (ror != null && !org.ansoplatform.shared.RorId.isValid(ror)) {
                violations.add(new Violation("organizers", "meetings.error.ror", ror));
                continue;
            }
            Organizer resolved = resolve(organizer.organizationId(), name, violations);
            String rorId = ror != null ? org.ansoplatform.shared.RorId.parse(ror).value() : resolved.rorId();
            organizers.add(new Organizer(resolved.organizationId(), resolved.name(), rorId));
        }
        Set<Integer> themes = new LinkedHashSet<>();
        for (Integer sdg : c.themes()) {
            if (sdg == null || sdg < 1 || sdg > 17) {
                violations.add(new Violation("themes", "meetings.error.theme"));
            } else {
                themes.add(sdg);
            }
        }
        if (c.capacity() != null && c.capacity() < 1) {
            violations.add(new Violation("capacity", "meetings.error.capacity"));
        }
        List<Question> questions = texts.questions(c.questions(), violations);
        String programme = TextInput.trim(c.programmeCode());
        if (programme != null && programmes.byCode(programme).isEmpty()) {
            violations.add(new Violation("programmeCode", "meetings.error.programme", programme));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new MeetingCommand(c.kind(), title, description, c.startDate(), endDate,
                c.startTime(), c.endTime(), zone, c.mode(), venue, city, country, link, organizers, List.copyOf(themes),
                c.published(), c.registrationOpen(), c.registrationClosesAt(), c.capacity(), c.moderated(),
                c.guestCertificates(), questions, programme);
    }

    /** An organizer given by id takes the directory's name; one given by name is linked when the directory knows it. */
    private Organizer resolve(UUID organizationId, String name, List<Violation> violations) {
        if (organizationId != null) {
            var organization = organizations.byId(organizationId);
            if (organization.isEmpty()) {
                violations.add(new Violation("organizers", "meetings.error.organization"));
                return new Organizer(null, name);
            }
            return new Organizer(organizationId, name != null ? name : organization.get().name(), organization.get().rorId());
        }
        return organizations.byMention(name).map(o -> new Organizer(o.id(), name, o.rorId())).orElse(new Organizer(null, name));
    }
}
