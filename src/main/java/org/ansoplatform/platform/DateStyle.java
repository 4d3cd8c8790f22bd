package org.ansoplatform.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * The one place that decides how a date reads (decision 109). The audience comes from 110 countries, so no date is
 * ever numeric in a national order (the US short style reads 13 October as 10/13/21): a day in a sentence, an email
 * or a document is the language's long form from CLDR (13 October 2021; 2021年10月13日; 13 октября 2021 г.), with
 * a 24-hour time; a stamp in a table, a list or an export is ISO-like (2021-10-13 14:00) in every language.
 */
public final class DateStyle {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DAY_STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT);

    private DateStyle() {
    }

    /** A day in the language's long form: 13 октября 2021 г. */
    public static String day(LocalDate day, Locale locale) {
        return format("yMMMMd", day.atStartOfDay(ZoneOffset.UTC), locale);
    }

    /** A moment where it happens, in the language's long form with a 24-hour time: 13 octobre 2021 à 14:00. */
    public static String dayAndTime(ZonedDateTime at, Locale locale) {
        return format("yMMMMdHHmm", at, locale);
    }

    /** A stamp for tables, lists and exports, the same in every language: 2021-10-13 14:00. */
    public static String stamp(ZonedDateTime at) {
        return STAMP.format(at);
    }

    public static String stamp(LocalDate day) {
        return DAY_STAMP.format(day);
    }

    /**
     * A date given to a message as an argument, written out before formatting: MessageFormat would otherwise print
     * the US short style in every language. An instant without a zone is written in UTC.
     */
    public static Object argument(Object value, Locale locale) {
        if (value instanceof LocalDate day) {
            return day(day, locale);
        }
        if (value instanceof LocalDateTime at) {
            return dayAndTime(at.atZone(ZoneOffset.UTC), locale);
        }
        if (value instanceof ZonedDateTime at) {
            return dayAndTime(at, locale);
        }
        if (value instanceof OffsetDateTime at) {
            return dayAndTime(at.toZonedDateTime(), locale);
        }
        if (value instanceof Instant at) {
            return dayAndTime(at.atZone(ZoneOffset.UTC), locale) + " UTC";
        }
        if (value instanceof Date at) {
            return dayAndTime(at.toInstant().atZone(ZoneOffset.UTC), locale) + " UTC";
        }
        return value;
    }

    private static String format(String skeleton, ZonedDateTime at, Locale locale) {
        DateFormat format = DateFormat.getInstanceForSkeleton(skeleton, readers(locale));
        format.setTimeZone(TimeZone.getTimeZone(zoneId(at.getZone())));
        return format.format(Date.from(at.toInstant()));
    }

    /**
     * English as the alliance's readers write it: CLDR's World English (en-001), with the day before the month
     * (13 October 2021), not the US order; a region the reader chose (en-US) is kept.
     */
    private static ULocale readers(Locale locale) {
        return "en".equals(locale.getLanguage()) && locale.getCountry().isEmpty() ? new ULocale("en_001") : ULocale.forLocale(locale);
    }

    private static String zoneId(ZoneId zone) {
        return zone instanceof ZoneOffset offset ? "GMT" + (offset.getTotalSeconds() == 0 ? "" : offset.getId()) : zone.getId();
    }
}
