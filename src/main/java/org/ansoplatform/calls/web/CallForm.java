package org.ansoplatform.calls.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ansoplatform.calls.CallDefinition;
import org.ansoplatform.calls.CallStatus;
import org.ansoplatform.calls.Host;
import org.ansoplatform.shared.LocalizedText;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The Secretariat's call editor as posted, typed (a time zone, dates and numbers that are not one are type
 * mismatches next to their field); the form and the eligibility rules, when posted, are JSON texts the page checks
 * on save, and when absent (the builders edit them) the call keeps its own; the rest
 * {@link org.ansoplatform.calls.CallManagement} checks.
 */
public record CallForm(String programmeCode, String code, String referencePrefix, Map<String, String> title,
        Map<String, String> description, ZoneId zone, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime opens,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime closes, CallStatus status, Integer refereeCount,
        Integer nominationQuota, Integer version, List<Row> tracks, List<Row> hosts, String form, String eligibility,
        Boolean reopenBeforeDeadline) {

    public CallForm {
        title = title == null ? Map.of() : title;
        description = description == null ? Map.of() : description;
        tracks = tracks == null ? new ArrayList<>() : new ArrayList<>(tracks);
        hosts = hosts == null ? new ArrayList<>() : new ArrayList<>(hosts);
    }

    /** A track (code, a name per language, award quota) or a host (code, names, kind, capacity) as typed. */
    public record Row(String code, Map<String, String> name, Host.Kind kind, Integer number) {

        public Row {
            name = name == null ? Map.of() : name;
        }

        static Row blank() {
            return new Row(null, null, null, null);
        }

        boolean isBlank() {
            return empty(code) && name.values().stream().allMatch(Row::empty) && number == null;
        }

        String codeText() {
            return code == null ? "" : code.strip();
        }

        LocalizedText text() {
            return LocalizedText.of(name);
        }

        private static boolean empty(String text) {
            return text == null || text.isBlank();
        }
    }

    static CallForm empty() {
        return new CallForm("", "", "", Map.of(), Map.of(), ZoneId.of("Asia/Shanghai"), null, null, CallStatus.DRAFT, 0, 0, 0, List.of(),
                List.of(), null, null, false);
    }

    /**
     * Blank rows after the existing ones, so that the Secretariat can add tracks and hosts without JavaScript
     * (added to this form's lists, so a refused form keeps its binding result).
     */
    CallForm padRows() {
        while (tracks.stream().filter(Row::isBlank).count() < 2) {
            tracks.add(Row.blank());
        }
        while (hosts.stream().filter(Row::isBlank).count() < 2) {
            hosts.add(Row.blank());
        }
        return this;
    }

    static CallForm of(CallDefinition definition, int version, String form, String eligibility) {
        List<Row> tracks = definition.tracks().stream()
                .map(track -> new Row(track.code(), track.name().values(), null, track.awardQuota())).toList();
        List<Row> hosts = definition.hosts().stream()
                .map(host -> new Row(host.code(), host.name().values(), host.kind(), host.capacity())).toList();
        return new CallForm(definition.programmeCode(), definition.code(), definition.referencePrefix(), definition.title().values(),
                definition.description().values(), definition.zone(),
                definition.opens(), definition.closes(), definition.status(), definition.refereeCount(), definition.nominationQuota(), version,
                tracks, hosts, form, eligibility, definition.reopenBeforeDeadline());
    }
}
