package org.ansoplatform.calls.definition;

import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.FieldType;
import org.ansoplatform.calls.FormField;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ansoplatform.shared.CountryCode;
import org.ansoplatform.shared.OrcidId;
import org.ansoplatform.shared.RorId;
import org.springframework.context.MessageSource;

/**
 * An answer as a reader sees it: option labels instead of codes, host names in rank order, country names,
 * money as the amount in the reader's locale with its currency code, an organization with its country and ROR
 * id (or marked as not in the directory yet), a person with a link to the ORCID record, and a group as a small
 * table ({@link #shown}) or, where only text fits (exports, the reviewer's list, PDF cells), one line per row.
 */
public final class Answers {

    private Answers() {
    }

    /** A cell or answer: its text, then a link (ORCID, ROR) when it has one; a group's answer is a table instead. */
    public record Shown(String text, String linkText, String href, List<String> headers, List<List<Shown>> rows) {

        static Shown text(String text) {
            return new Shown(text, null, null, List.of(), List.of());
        }

        public boolean table() {
            return !headers.isEmpty();
        }
    }

    public static String display(FormField field, Object answer, CallView call, Locale locale) {
        return display(field, answer, call, locale, null);
    }

    /** The answer as text; {@code messages} names what has no code (the directory's marker; null: left out). */
    public static String display(FormField field, Object answer, CallView call, Locale locale, MessageSource messages) {
        if (answer == null) {
            return "";
        }
        if (field.type() == FieldType.GROUP) {
            List<String> lines = new ArrayList<>();
            Shown table = shown(field, answer, call, locale, messages);
            for (int i = 0; i < table.rows().size(); i++) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < table.headers().size(); c++) {
                    String cell = plain(table.rows().get(i).get(c));
                    if (!cell.isEmpty()) {
                        cells.add(table.headers().get(c) + ": " + cell);
                    }
                }
                lines.add((i + 1) + ". " + String.join("; ", cells));
            }
            return String.join("\n", lines);
        }
        return plain(shown(field, answer, call, locale, messages));
    }

    private static String plain(Shown shown) {
        return shown.linkText() == null ? shown.text() : (shown.text() + " " + shown.linkText()).strip();
    }

    public static Shown shown(FormField field, Object answer, CallView call, Locale locale, MessageSource messages) {
        if (answer == null) {
            return Shown.text("");
        }
        return switch (field.type()) {
            case GROUP -> {
                List<String> headers = field.fields().stream().map(column -> column.label().in(locale)).toList();
                List<List<Shown>> rows = new ArrayList<>();
                for (Object row : answer instanceof List<?> list ? list : List.of()) {
                    Map<?, ?> cells = row instanceof Map<?, ?> map ? map : Map.of();
                    rows.add(field.fields().stream().map(column -> shown(column, cells.get(column.key()), call, locale, messages)).toList());
                }
                yield new Shown("", null, null, headers.isEmpty() ? List.of("") : headers, rows);
            }
            case MONEY -> Shown.text(answer instanceof Map<?, ?> parts ? money(parts, locale) : answer.toString());
            case ORGANIZATION -> answer instanceof Map<?, ?> parts ? organization(parts, locale, messages) : Shown.text(answer.toString());
            case PERSON -> answer instanceof Map<?, ?> parts ? person(parts) : Shown.text(answer.toString());
            default -> Shown.text(simple(field, answer, call, locale));
        };
    }

    /** The amount with the currency's decimals and the reader's grouping, then the ISO code (12,000.00 USD in English). */
    public static String money(Map<?, ?> parts, Locale locale) {
        String currency = String.valueOf(parts.get("currency"));
        try {
            BigDecimal amount = new BigDecimal(String.valueOf(parts.get("amount")));
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            int digits = Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
            format.setMinimumFractionDigits(digits);
            format.setMaximumFractionDigits(digits);
            return format.format(amount) + " " + currency;
        } catch (RuntimeException e) {
            return parts.get("amount") + " " + currency;
        }
    }

    private static Shown organization(Map<?, ?> parts, Locale locale, MessageSource messages) {
        String name = parts.get("name") == null ? "" : parts.get("name").toString();
        Object country = parts.get("country");
        String where = country != null && CountryCode.isValid(country.toString()) ? " (" + CountryCode.parse(country.toString()).displayName(locale) + ")" : "";
        Object ror = parts.get("rorId");
        if (parts.get("organizationId") == null && messages != null) {
            where += " — " + messages.getMessage("calls.form.orgNotInDirectory", null, locale);
        }
        if (ror != null && RorId.isValid(ror.toString())) {
            RorId id = RorId.parse(ror.toString());
            return new Shown(name + where, "ROR " + id.value(), id.url(), List.of(), List.of());
        }
        return Shown.text(name + where);
    }

    private static Shown person(Map<?, ?> parts) {
        List<String> text = new ArrayList<>();
        if (parts.get("name") != null) {
            text.add(parts.get("name").toString());
        }
        if (parts.get("email") != null) {
            text.add(parts.get("email").toString());
        }
        Object orcid = parts.get("orcid");
        if (orcid != null && OrcidId.isValid(orcid.toString())) {
            OrcidId id = OrcidId.parse(orcid.toString());
            return new Shown(String.join(", ", text), "ORCID " + id.value(), id.url(), List.of(), List.of());
        }
        return Shown.text(String.join(", ", text));
    }

    private static String simple(FormField field, Object answer, CallView call, Locale locale) {
        return switch (field.type()) {
            case SINGLE_CHOICE -> option(field, answer.toString(), locale);
            case MULTIPLE_CHOICE -> answer instanceof List<?> list
                    ? String.join(", ", list.stream().map(v -> option(field, v.toString(), locale)).toList()) : answer.toString();
            case HOST_RANKING -> {
                List<String> ranked = new ArrayList<>();
                List<?> codes = answer instanceof List<?> list ? list : List.of(answer);
                for (int i = 0; i < codes.size(); i++) {
                    String code = codes.get(i).toString();
                    ranked.add((i + 1) + ". " + (call == null ? code : call.host(code).map(host -> host.name().in(locale)).orElse(code)));
                }
                yield String.join("\n", ranked);
            }
            case COUNTRY -> CountryCode.isValid(answer.toString())
                    ? CountryCode.name(answer.toString(), locale) + " (" + answer + ")" : answer.toString();
            default -> answer.toString();
        };
    }

    private static String option(FormField field, String value, Locale locale) {
        return field.options().stream().filter(option -> option.value().equals(value)).findFirst()
                .map(option -> option.label().in(locale)).orElse(value);
    }
}
