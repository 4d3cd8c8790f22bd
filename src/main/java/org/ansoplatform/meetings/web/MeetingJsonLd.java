package org.ansoplatform.meetings.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ansoplatform.meetings.MeetingView;
import org.ansoplatform.meetings.Organizer;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * schema.org {@code Event} data for a meeting page, in a JSON-LD data block. A data block is not a script
 * the browser runs (the Content Security Policy does not concern it); {@code <} is escaped so that no value
 * can close the element.
 */
@Component
class MeetingJsonLd {

    private final JsonMapper json;

    MeetingJsonLd(JsonMapper json) {
        this.json = json;
    }

    /** The meeting as schema.org reads it, named and described in the reader's language when given in it. */
    String of(MeetingView m, String baseUrl, java.util.Locale reader) {
        String pageUrl = baseUrl + "/meetings/" + m.id();
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("@context", "https://schema.org");
        event.put("@type", m.kind().schemaOrgType());
        event.put("name", m.title(reader));
        event.put("inLanguage", m.title().values().containsKey(reader.getLanguage()) ? reader.getLanguage()
                : m.title().values().keySet().stream().findFirst().orElse(reader.getLanguage()));
        event.put("url", pageUrl);
        event.put("startDate", m.startTime() == null ? m.startDate().toString()
                : LocalDateTime.of(m.startDate(), m.startTime()).atZone(ZoneId.of(m.timeZone())).toOffsetDateTime().toString());
        event.put("endDate", m.endTime() == null ? m.endDate().toString()
                : LocalDateTime.of(m.endDate(), m.endTime()).atZone(ZoneId.of(m.timeZone())).toOffsetDateTime().toString());
        event.put("eventStatus", "https://schema.org/" + status(m));
        if (!m.cancelled() && m.rescheduledFrom() != null) {
            event.put("previousStartDate", m.rescheduledFrom().toString());
        }
        event.put("eventAttendanceMode", m.mode().schemaOrgAttendanceMode());
        if (m.description(reader) != null) {
            event.put("description", m.description(reader));
        }
        List<Object> locations = new ArrayList<>();
        if (m.mode().hasVenue()) {
            Map<String, Object> place = new LinkedHashMap<>();
            place.put("@type", "Place");
            place.put("name", m.venue() != null ? m.venue() : m.city() != null ? m.city() : m.title(reader));
            Map<String, Object> address = new LinkedHashMap<>();
            address.put("@type", "PostalAddress");
            if (m.city() != null) {
                address.put("addressLocality", m.city());
            }
            if (m.country() != null) {
                address.put("addressCountry", m.country());
            }
            place.put("address", address);
            locations.add(place);
        }
        if (m.mode().isOnline()) {
            // the link itself is for confirmed participants only
            locations.add(Map.of("@type", "VirtualLocation", "url", pageUrl));
        }
        event.put("location", locations.size() == 1 ? locations.get(0) : locations);
        List<Object> organizers = new ArrayList<>();
        for (Organizer organizer : m.organizers()) {
            Map<String, Object> organization = new LinkedHashMap<>();
            organization.put("@type", "Organization");
            organization.put("name", organizer.name());
            if (organizer.organizationId() != null) {
                organization.put("url", baseUrl + "/directory/" + organizer.organizationId());
            }
            if (organizer.rorUrl() != null) {
                organization.put("sameAs", organizer.rorUrl());
            }
            organizers.add(organization);
        }
        if (!organizers.isEmpty()) {
            event.put("organizer", organizers);
        }
        if (!m.themes().isEmpty()) {
            event.put("keywords", String.join(", ", m.themes().stream().map(sdg -> "SDG " + sdg).toList()));
        }
        if (m.capacity() != null) {
            event.put("maximumAttendeeCapacity", m.capacity());
        }
        return json.writeValueAsString(event).replace("<", "\\u003c");
    }

    /**
     * Google’s reading of the event’s state: called off; moved online from a venue; moved to other dates (the
     * first start kept as previousStartDate); or as planned.
     */
    private static String status(MeetingView m) {
        if (m.cancelled()) {
            return "EventCancelled";
        }
        if (m.movedOnline()) {
            return "EventMovedOnline";
        }
        return m.rescheduledFrom() != null ? "EventRescheduled" : "EventScheduled";
    }
}
