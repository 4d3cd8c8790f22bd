package org.ansoplatform.calls.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.FormField;
import org.ansoplatform.calls.definition.Answers;
import org.ansoplatform.calls.intake.ExportQueries.Document;
import org.ansoplatform.calls.intake.ExportQueries.Letter;
import org.ansoplatform.platform.TableExport.Column;
import org.ansoplatform.platform.TableExport.Kind;
import org.ansoplatform.platform.TableExport.Link;
import org.ansoplatform.shared.CountryCode;
import org.springframework.context.MessageSource;

/**
 * The answer columns of an export, shared by the applications and the selection exports: one or more typed
 * columns per question of the call's form, headed by its label in the reader's language, then the referee
 * letters. A number is a number, a date a date, a host ranking “Host 1..n” with the hosts' names, money an
 * amount and a currency, a country its name, a document and a letter a link to the file.
 */
final class AnswerColumns {

    /** The data of the applications being exported: answers, documents and letters by application id. */
    record Data(Map<UUID, Map<String, Object>> answers, Map<UUID, Map<String, Document>> documents, Map<UUID, List<Letter>> letters) {
    }

    private final List<Column> columns = new ArrayList<>();
    private final List<Function<UUID, Object>> cells = new ArrayList<>();

    AnswerColumns(CallView call, Data data, String baseUrl, Locale locale, MessageSource messages) {
        List<FormField> questions = call.definition().form().fields();
        Set<String> repeated = repeatedLabels(questions, locale);
        for (FormField field : questions) {
            String label = field.label() == null ? field.key() : field.label().in(locale);
            String header = label == null || label.isBlank() ? field.key() : repeated.contains(label) ? label + " (" + field.key() + ")" : label;
            Function<UUID, Object> answer = id -> data.answers().getOrDefault(id, Map.of()).get(field.key());
            switch (field.type()) {
                case NUMBER -> add(header, Kind.NUMBER, id -> number(answer.apply(id)));
                case DATE -> add(header, Kind.DATE, id -> date(answer.apply(id)));
                case COUNTRY -> add(header, Kind.TEXT, id -> answer.apply(id) == null ? null : CountryCode.name(answer.apply(id).toString(), locale));
                case MONEY -> {
                    add(messages.getMessage("callexports.amount", new Object[] {header}, locale), Kind.NUMBER,
                            id -> answer.apply(id) instanceof Map<?, ?> money ? number(money.get("amount")) : null);
                    add(messages.getMessage("callexports.currency", new Object[] {header}, locale), Kind.TEXT,
                            id -> answer.apply(id) instanceof Map<?, ?> money ? money.get("currency") : null);
                }
                case HOST_RANKING -> {
                    int ranks = Math.max(1, Math.max(call.definition().hosts().size(), longest(data.answers(), field.key())));
                    for (int rank = 0; rank < ranks; rank++) {
                        int index = rank;
                        add(messages.getMessage("callexports.host", new Object[] {String.valueOf(rank + 1)}, locale), Kind.TEXT,
                                id -> answer.apply(id) instanceof List<?> codes && index < codes.size()
                                        ? call.host(String.valueOf(codes.get(index))).map(host -> host.name().in(locale))
                                                .orElse(String.valueOf(codes.get(index))) : null);
                    }
                }
                case FILE -> add(header, Kind.LINK, id -> {
                    Document document = data.documents().getOrDefault(id, Map.of()).get(field.key());
                    return document == null ? null : new Link(document.fileName(), baseUrl + "/files/" + document.fileId());
                });
                default -> add(header, Kind.TEXT, id -> {
                    Object value = answer.apply(id);
                    return value == null ? null : Answers.display(field, value, call, locale, messages);
                });
            }
        }
        int letters = Math.max(call.definition().refereeCount(), data.letters().values().stream().mapToInt(List::size).max().orElse(0));
        for (int number = 0; number < letters; number++) {
            int index = number;
            add(messages.getMessage("callexports.letter", new Object[] {String.valueOf(number + 1)}, locale), Kind.LINK, id -> {
                List<Letter> received = data.letters().getOrDefault(id, List.of());
                return index < received.size()
                        ? new Link(received.get(index).refereeName(), baseUrl + "/files/" + received.get(index).fileId()) : null;
            });
        }
    }

    List<Column> columns() {
        return columns;
    }

    List<Object> cells(UUID applicationId) {
        List<Object> row = new ArrayList<>(cells.size());
        cells.forEach(cell -> row.add(cell.apply(applicationId)));
        return row;
    }

    private void add(String header, Kind kind, Function<UUID, Object> cell) {
        columns.add(Column.of(header, kind));
        cells.add(cell);
    }

    private static Set<String> repeatedLabels(List<FormField> questions, Locale locale) {
        Map<String, Integer> counts = new HashMap<>();
        questions.forEach(field -> counts.merge(field.label() == null ? field.key() : field.label().in(locale), 1, Integer::sum));
        Set<String> repeated = new HashSet<>();
        counts.forEach((label, count) -> {
            if (count > 1) {
                repeated.add(label);
            }
        });
        return repeated;
    }

    private static int longest(Map<UUID, Map<String, Object>> answers, String key) {
        return answers.values().stream().map(answered -> answered.get(key)).mapToInt(value -> value instanceof List<?> list ? list.size() : 0)
                .max().orElse(0);
    }

    /** A number, or the text as typed when it is none (an answer stored before the question became a number). */
    static Object number(Object value) {
        if (value == null || value instanceof Number) {
            return value;
        }
        try {
            return new BigDecimal(value.toString().strip());
        } catch (NumberFormatException notANumber) {
            return value.toString();
        }
    }

    static Object date(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.toString().strip());
        } catch (DateTimeParseException notADate) {
            return value.toString();
        }
    }
}
