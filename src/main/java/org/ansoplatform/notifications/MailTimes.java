package org.ansoplatform.notifications;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A deadline in an email: in the call's zone, with the zone and its UTC offset at that instant, since the
 * reader is often elsewhere and a mail client converts nothing: 31 March 2027, 23:59 (Asia/Shanghai,
 * UTC+08:00) in English, the same with the Chinese date in Chinese.
 */
final class MailTimes {

    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter CHINESE = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm", Locale.CHINESE);

    private MailTimes() {
    }

    static String inZone(Instant at, ZoneId zone, Locale locale) {
        ZonedDateTime local = at.atZone(zone);
        String offset = "UTC" + (local.getOffset().getTotalSeconds() == 0 ? "+00:00" : local.getOffset().getId());
        return "zh".equals(locale.getLanguage())
                ? CHINESE.format(local) + "（" + zone.getId() + "，" + offset + "）"
                : ENGLISH.format(local) + " (" + zone.getId() + ", " + offset + ")";
    }
}
