package org.ansoplatform.notifications;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;

import org.ansoplatform.platform.DateStyle;

/**
 * A deadline in an email: in the call's zone, with the zone and its UTC offset at that instant, since the
 * reader is often elsewhere and a mail client converts nothing. The date is the reader's language's long form
 * (platform's {@link DateStyle}): March 31, 2027 at 23:59 (Asia/Shanghai, UTC+08:00) in English, 31 марта 2027 г.
 * в 23:59 in Russian, with the zone and offset.
 */
final class MailTimes {

    private MailTimes() {
    }

    static String inZone(Instant at, ZoneId zone, Locale locale) {
        return "zh".equals(locale.getLanguage())
                ? dayAndTime(at, zone, locale) + "（" + zone(at, zone, locale) + "）"
                : dayAndTime(at, zone, locale) + " (" + zone(at, zone, locale) + ")";
    }

    /** The moment in its zone in the language's long form, for a message that puts the zone in brackets itself. */
    static String dayAndTime(Instant at, ZoneId zone, Locale locale) {
        return DateStyle.dayAndTime(at.atZone(zone), locale);
    }

    /** The zone and its offset at that moment, as {@link #inZone} writes them: Asia/Shanghai, UTC+08:00. */
    static String zone(Instant at, ZoneId zone, Locale locale) {
        ZonedDateTime local = at.atZone(zone);
        String offset = "UTC" + (local.getOffset().getTotalSeconds() == 0 ? "+00:00" : local.getOffset().getId());
        return zone.getId() + ("zh".equals(locale.getLanguage()) ? "，" : ", ") + offset;
    }
}
