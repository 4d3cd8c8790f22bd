package org.ansoplatform.meetings.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ansoplatform.meetings.MeetingCommand;
import org.ansoplatform.meetings.MeetingKind;
import org.ansoplatform.meetings.MeetingManagement;
import org.ansoplatform.meetings.MeetingMode;
import org.ansoplatform.meetings.MeetingQueries;
import org.ansoplatform.meetings.MeetingView;
import org.ansoplatform.meetings.MeetingsImported;
import org.ansoplatform.meetings.Organizer;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.Languages;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.platform.TextInput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a list of meetings from CSV (UTF-8, a header line). Columns: {@code date} (2021-03-02, or a range
 * 2021-03-02/2021-03-03), {@code title}, {@code kind} and {@code organizers} (separated by semicolons) are
 * required ({@code title} in the site's first language); {@code title_zh} (or {@code title_} and any configured
 * language), {@code mode} (ONSITE, ONLINE, HYBRID; ONSITE when empty), {@code venue},
 * {@code city}, {@code country}, {@code time_zone} (Asia/Shanghai when empty), {@code themes} (SDG numbers
 * separated by semicolons), {@code description} and {@code description_zh} (any configured language) and
 * {@code programme} (a programme's code, such as training) are optional. The whole file is
 * checked first: one bad cell refuses it all, naming each line and column, and nothing is imported.
 */
@Service
public class MeetingImport {

    public static final String DEFAULT_TIME_ZONE = "Asia/Shanghai";
    static final List<String> REQUIRED = List.of("date", "title", "kind", "organizers");
    static final List<String> OPTIONAL = List.of("title_zh", "mode", "venue", "city", "country", "time_zone", "themes",
            "description", "description_zh", "programme");
    private static final int MAX_REPORTED = 30;

    /** The columns each command field comes from, to name the column of a refused value. */
    private static final Map<String, String> COLUMN_OF_FIELD = Map.ofEntries(Map.entry("kind", "kind"),
            Map.entry("title", "title"), Map.entry("titleZh", "title_zh"), Map.entry("description", "description"),
            Map.entry("descriptionZh", "description_zh"), Map.entry("startDate", "date"), Map.entry("endDate", "date"),
            Map.entry("timeZone", "time_zone"), Map.entry("mode", "mode"), Map.entry("venue", "venue"),
            Map.entry("city", "city"), Map.entry("country", "country"), Map.entry("organizers", "organizers"),
            Map.entry("themes", "themes"), Map.entry("programmeCode", "programme"));

    private final MeetingManagement management;
    private final MeetingQueries queries;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;

    private final Languages languages;

    MeetingImport(MeetingManagement management, MeetingQueries queries, CurrentActor currentActor,
            ApplicationEventPublisher events, Languages languages) {
        this.languages = languages;
        this.management = management;
        this.queries = queries;
        this.currentActor = currentActor;
        this.events = events;
    }

    /** Imports every line as a published meeting, as the signed-in person; returns how many. */
    @Transactional
    public int importCsv(InputStream csv) {
        return importCsv(csv, currentActor.get(), false);
    }

    /**
     * @param skipExisting leave out lines whose title and start date are already in the catalogue (the demo
     *                     loader, so that a restart adds nothing)
     */
    @Transactional
    public int importCsv(InputStream csv, Actor actor, boolean skipExisting) {
        List<Line> lines = parse(csv);
        List<Violation> duplicates = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        List<MeetingCommand> toCreate = new ArrayList<>();
        for (Line line : lines) {
            String key = key(line.command().title().in(languages.fallback()), line.command().startDate());
            Long earlier = seen.putIfAbsent(key, line.number());
            if (earlier != null) {
                duplicates.add(cell(line.number(), "title", "meetings.import.repeated", earlier));
            } else if (exists(line.command())) {
                // a row imported before is never added again: refused, or left out by the demo loader
                if (!skipExisting) {
                    duplicates.add(cell(line.number(), "title", "meetings.import.duplicate"));
                }
            } else {
                toCreate.add(line.command());
            }
        }
        if (!duplicates.isEmpty()) {
            throw new InvalidInputException(duplicates.subList(0, Math.min(duplicates.size(), MAX_REPORTED)));
        }
        int imported = 0;
        for (MeetingCommand command : toCreate) {
            management.create(command, actor);
            imported++;
        }
        if (imported > 0) {
            events.publishEvent(new MeetingsImported(imported, actor));
        }
        return imported;
    }

    /**
     * Removes the meetings a CSV lists (same start date and title) that nobody registered for; returns how many.
     * The demo uses it for rows it no longer imports.
     */
    @Transactional
    public int removeListed(InputStream csv) {
        int removed = 0;
        for (Line line : parse(csv)) {
            String key = key(line.command().title().in(languages.fallback()), line.command().startDate());
            for (MeetingView m : queries.all(new MeetingQueries.Filter(line.command().startDate().getYear(), null,
                    null, null, null, true))) {
                if (key(m.title(languages.fallback()), m.startDate()).equals(key) && management.removeUnregistered(m.id())) {
                    removed++;
                }
            }
        }
        return removed;
    }

    /** A checked command and the line of the file it came from. */
    record Line(long number, MeetingCommand command) {
    }

    /** The same meeting: the same start date and title, whatever the case and spacing. */
    private boolean exists(MeetingCommand command) {
        String key = key(command.title().in(languages.fallback()), command.startDate());
        return queries.all(new MeetingQueries.Filter(command.startDate().getYear(), null, null, null, null, true)).stream()
                .anyMatch(m -> key(m.title(languages.fallback()), m.startDate()).equals(key));
    }

    private static String key(String title, LocalDate start) {
        return start + " " + title.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Every line as a checked command, or a refusal listing each bad line and column. */
    List<Line> parse(InputStream csv) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get();
        List<Violation> violations = new ArrayList<>();
        List<Line> commands = new ArrayList<>();
        try (Reader reader = new InputStreamReader(csv, StandardCharsets.UTF_8); CSVParser rows = CSVParser.parse(reader, format)) {
            Map<String, Integer> columns = new HashMap<>();
            List<String> headers = rows.getHeaderNames();
            for (int i = 0; i < headers.size(); i++) {
                columns.put(headers.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT), i);
            }
            for (String required : REQUIRED) {
                if (!columns.containsKey(required)) {
                    violations.add(cell(1, required, "meetings.import.missingColumn"));
                }
            }
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
            for (CSVRecord row : rows) {
                long line = row.getRecordNumber() + 1;
                if (row.size() != headers.size()) {
                    violations.add(cell(line, "-", "meetings.import.columnCount", headers.size(), row.size()));
                    continue;
                }
                MeetingCommand command = command(row, columns, line, violations, languages.tags());
                if (command == null) {
                    continue;
                }
                try {
                    commands.add(new Line(line, management.check(command)));
                } catch (InvalidInputException e) {
                    for (Violation v : e.violations()) {
                        violations.add(cell(line, column(v.field(), languages.tags().get(0)),
                                v.messageKey(), v.args()));
                    }
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new InvalidInputException("file", "meetings.import.unreadable");
        }
        if (commands.isEmpty() && violations.isEmpty()) {
            violations.add(new Violation("file", "meetings.import.empty"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations.subList(0, Math.min(violations.size(), MAX_REPORTED)));
        }
        return commands;
    }

    /** The column a refused field came from: {@code title[zh]} is {@code title_zh}, the first language's plain {@code title}. */
    private static String column(String field, String first) {
        java.util.regex.Matcher text = java.util.regex.Pattern.compile("(title|description)\\[(\\w+)]").matcher(String.valueOf(field));
        if (text.matches()) {
            return text.group(2).equals(first) ? text.group(1) : text.group(1) + "_" + text.group(2);
        }
        return COLUMN_OF_FIELD.getOrDefault(field, String.valueOf(field));
    }

    /** A text in each configured language: the plain column is the first language's, {@code title_zh} Chinese. */
    private static LocalizedText texts(CSVRecord row, Map<String, Integer> columns, String column, List<String> languages) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        for (String language : languages) {
            String value = value(row, columns, language.equals(languages.get(0)) ? column : column + "_" + language);
            if (value != null) {
                values.put(language, value);
            }
        }
        return new LocalizedText(values);
    }

    private static MeetingCommand command(CSVRecord row, Map<String, Integer> columns, long line, List<Violation> violations,
            List<String> languages) {
        int before = violations.size();
        String date = value(row, columns, "date");
        LocalDate start = null;
        LocalDate end = null;
        if (date == null) {
            violations.add(cell(line, "date", "validation.required"));
        } else {
            String[] parts = date.split("\\s*/\\s*|\\.\\.", 2);
            try {
                start = LocalDate.parse(parts[0].strip());
                end = parts.length > 1 ? LocalDate.parse(parts[1].strip()) : start;
            } catch (DateTimeParseException e) {
                violations.add(cell(line, "date", "meetings.import.date", date));
            }
        }
        MeetingKind kind = null;
        String kindText = value(row, columns, "kind");
        if (kindText == null) {
            violations.add(cell(line, "kind", "validation.required"));
        } else {
            kind = parseEnum(MeetingKind.class, kindText);
            if (kind == null) {
                violations.add(cell(line, "kind", "meetings.import.kind", kindText));
            }
        }
        MeetingMode mode = MeetingMode.ONSITE;
        String modeText = value(row, columns, "mode");
        if (modeText != null) {
            mode = parseEnum(MeetingMode.class, modeText);
            if (mode == null) {
                violations.add(cell(line, "mode", "meetings.import.mode", modeText));
            }
        }
        List<Organizer> organizers = new ArrayList<>();
        String organizerText = value(row, columns, "organizers");
        if (organizerText == null) {
            violations.add(cell(line, "organizers", "validation.required"));
        } else {
            Arrays.stream(organizerText.split(";")).map(String::strip).filter(s -> !s.isEmpty())
                    .forEach(name -> organizers.add(new Organizer(null, name)));
        }
        List<Integer> themes = new ArrayList<>();
        String themeText = value(row, columns, "themes");
        if (themeText != null) {
            for (String sdg : themeText.split(";")) {
                try {
                    themes.add(Integer.parseInt(sdg.strip()));
                } catch (NumberFormatException e) {
                    violations.add(cell(line, "themes", "meetings.error.theme"));
                }
            }
        }
        if (violations.size() > before) {
            return null;
        }
        String zone = value(row, columns, "time_zone");
        return new MeetingCommand(kind, texts(row, columns, "title", languages), texts(row, columns, "description", languages),
                start, end, null, null,
                zone == null ? DEFAULT_TIME_ZONE : zone, mode, value(row, columns, "venue"), value(row, columns, "city"),
                value(row, columns, "country"), null, organizers, themes, true, false, null, null, false, false, List.of(),
                value(row, columns, "programme"));
    }

    private static String value(CSVRecord row, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        if (index == null || index >= row.size()) {
            return null;
        }
        return TextInput.trim(row.get(index));
    }

    /** Accepts TRAINING_COURSE, training course and Training-Course alike. */
    static <E extends Enum<E>> E parseEnum(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String name = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A refusal naming the line and the column; the problem itself is a message of its own, in the reader's language. */
    private static Violation cell(long line, String column, String problemKey, Object... args) {
        return new Violation("file", "meetings.import.cell", line, column,
                new DefaultMessageSourceResolvable(new String[] {problemKey}, args, problemKey));
    }
}
