package org.ansoplatform.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.shared.CountryCode;
import org.ansoplatform.shared.LocalizedText;

/**
 * A meeting as pages, the API and feeds show it. It never carries the online link: that is given to confirmed
 * participants only ({@link RegistrationQueries#onlineLink}). {@code sequence} counts the changes of time, place
 * and status, as iCalendar's SEQUENCE; {@code rescheduledFrom} is the first start date when the dates were moved,
 * {@code movedOnline} whether a meeting with a venue became online only.
 */
public record MeetingView(UUID id, MeetingKind kind, LocalizedText title, LocalizedText description,
        LocalDate startDate, LocalDate endDate, LocalTime startTime, LocalTime endTime,
        String timeZone, MeetingMode mode, String venue, String city, String country, List<Organizer> organizers,
        List<Integer> themes, boolean published, boolean registrationOpen, Instant registrationClosesAt,
        Integer capacity, boolean moderated, boolean guestCertificates, List<Question> questions, List<Attachment> attachments,
        long confirmed, long waiting, Instant updatedAt, Instant cancelledAt, String programmeCode, int sequence,
        LocalDate rescheduledFrom, boolean movedOnline) {

    /** A document attached to the meeting (programme, poster), stored by the files module. */
    public record Attachment(UUID fileId, String name) {
    }

    /** The title in the reader's language when it was given in it, else in the first language that has it. */
    public String title(Locale locale) {
        return title.in(locale);
    }

    /** The description in the reader's language, as the title; null when there is none. */
    public String description(Locale locale) {
        return description.isEmpty() ? null : description.in(locale);
    }

    /** Whether the meeting was called off. */
    public boolean cancelled() {
        return cancelledAt != null;
    }

    public boolean singleDay() {
        return startDate.equals(endDate);
    }

    /** The dates as this language writes them, one format everywhere. */
    public String dates(Locale locale) {
        return MeetingDates.range(startDate, endDate, locale);
    }

    /** The hours of each day, "09:00–16:30", or null for whole days. */
    public String hours() {
        return MeetingDates.hours(startTime, endTime);
    }

    /** How many days it lasts: a two-day workshop from 09:00 to 16:00 is two days of those hours. */
    public long days() {
        return java.time.temporal.ChronoUnit.DAYS.between(startDate, endDate) + 1;
    }

    public int year() {
        return startDate.getYear();
    }

    public String countryName(Locale locale) {
        return country == null || !CountryCode.isValid(country) ? null : new CountryCode(country).displayName(locale);
    }

    /** Venue, city and country, as far as known. */
    public String place(Locale locale) {
        List<String> parts = new java.util.ArrayList<>();
        if (venue != null) {
            parts.add(venue);
        }
        if (city != null) {
            parts.add(city);
        }
        if (countryName(locale) != null) {
            parts.add(countryName(locale));
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    public String organizerNames() {
        return String.join("; ", organizers.stream().map(Organizer::name).toList());
    }

    /** Places still free, or null when the capacity is unlimited. */
    public Long placesLeft() {
        return capacity == null ? null : Math.max(0, capacity - confirmed);
    }

    public boolean acceptsRegistrations(Instant now) {
        return registrationOpen && cancelledAt == null && (registrationClosesAt == null || now.isBefore(registrationClosesAt));
    }
}
