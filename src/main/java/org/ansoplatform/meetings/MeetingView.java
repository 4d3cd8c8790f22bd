package org.ansoplatform.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.shared.CountryCode;

/**
 * A meeting as pages, the API and feeds show it. It never carries the online link: that is given to confirmed
 * participants only ({@link RegistrationQueries#onlineLink}).
 */
public record MeetingView(UUID id, MeetingKind kind, String title, String titleZh, String description,
        String descriptionZh, LocalDate startDate, LocalDate endDate, LocalTime startTime, LocalTime endTime,
        String timeZone, MeetingMode mode, String venue, String city, String country, List<Organizer> organizers,
        List<Integer> themes, boolean published, boolean registrationOpen, Instant registrationClosesAt,
        Integer capacity, boolean moderated, boolean guestCertificates, List<MeetingCommand.Question> questions, List<Attachment> attachments,
        long confirmed, long waiting, Instant updatedAt, Instant cancelledAt) {

    /** A document attached to the meeting (programme, poster), stored by the files module. */
    public record Attachment(UUID fileId, String name) {
    }

    public String title(Locale locale) {
        return chinese(locale) && titleZh != null && !titleZh.isBlank() ? titleZh : title;
    }

    public String description(Locale locale) {
        return chinese(locale) && descriptionZh != null && !descriptionZh.isBlank() ? descriptionZh : description;
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

    private static boolean chinese(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
    }
}
