package org.ansoplatform.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates of meetings written one way per language, everywhere they are shown (lists, pages, certificates,
 * emails): "2–3 March 2021", "30 March – 2 April 2021"; "2021年3月2日至3日". Days are never written as numbers
 * only, which readers of different countries read differently.
 */
public final class MeetingDates {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private MeetingDates() {
    }

    public static String range(LocalDate start, LocalDate end, Locale locale) {
        LocalDate last = end == null ? start : end;
        return chinese(locale) ? chinese(start, last) : english(start, last);
    }

    public static String date(LocalDate date, Locale locale) {
        return range(date, date, locale);
    }

    /** Daily hours, "09:00–16:30"; null without a start time. */
    public static String hours(LocalTime start, LocalTime end) {
        if (start == null) {
            return null;
        }
        return end == null ? TIME.format(start) : TIME.format(start) + "–" + TIME.format(end);
    }

    private static String english(LocalDate start, LocalDate end) {
        DateTimeFormatter full = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
        if (start.equals(end)) {
            return full.format(start);
        }
        if (start.getYear() == end.getYear() && start.getMonth() == end.getMonth()) {
            return start.getDayOfMonth() + "–" + full.format(end);
        }
        if (start.getYear() == end.getYear()) {
            return DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH).format(start) + " – " + full.format(end);
        }
        return full.format(start) + " – " + full.format(end);
    }

    private static String chinese(LocalDate start, LocalDate end) {
        DateTimeFormatter full = DateTimeFormatter.ofPattern("yyyy年M月d日");
        if (start.equals(end)) {
            return full.format(start);
        }
        if (start.getYear() == end.getYear() && start.getMonth() == end.getMonth()) {
            return full.format(start) + "至" + end.getDayOfMonth() + "日";
        }
        if (start.getYear() == end.getYear()) {
            return full.format(start) + "至" + DateTimeFormatter.ofPattern("M月d日").format(end);
        }
        return full.format(start) + "至" + full.format(end);
    }

    private static boolean chinese(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
    }
}
