package org.ansoplatform.calls;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.shared.CountryCode;
import org.ansoplatform.shared.EmailAddress;
import org.ansoplatform.shared.Money;
import org.ansoplatform.shared.OrcidId;
import org.ansoplatform.shared.RorId;

/**
 * The check of one answer being saved to a draft, by its question's type, at a path ({@code budgetTotal},
 * {@code partners[2].organization}) that names it in the messages: malformed parts are refused, blank answers
 * become null, and what is kept is in the stored shape of docs/calls.md (The form format).
 */
final class AnswerRules {

    static final int MAX_NAME = 300;
    private static final int MAX_AMOUNT_DIGITS = 15;

    private final Collection<String> hostCodes;
    private final ApplicationForm.Directory directory;
    private final List<Violation> violations;

    AnswerRules(Collection<String> hostCodes, ApplicationForm.Directory directory, List<Violation> violations) {
        this.hostCodes = hostCodes;
        this.directory = directory;
        this.violations = violations;
    }

    /** The answer as kept, null when blank or refused (the refusal is in the violations). */
    Object clean(FormField field, Object raw, String path) {
        return switch (field.type()) {
            case GROUP -> group(field, raw, path);
            case MONEY -> money(field, raw, path);
            case ORGANIZATION -> organization(raw, path);
            case PERSON -> person(raw, path);
            default -> simple(field, raw, path);
        };
    }

    private Object simple(FormField field, Object raw, String path) {
        Object value = normalise(raw);
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?>) {
            return refuse(path, "calls.form.malformed");
        }
        String problem = problem(field, value, hostCodes);
        if (problem != null) {
            violations.add(new Violation(path, problem, field.maxWords() == null ? 0 : field.maxWords(),
                    value instanceof String text ? ApplicationForm.words(text) : 0));
            return null;
        }
        return value;
    }

    /** Rows of columns; rows left blank are dropped (a row added and not filled in), a row beyond maxItems refused. */
    private Object group(FormField field, Object raw, String path) {
        if (raw == null || raw instanceof String text && text.isBlank()) {
            return null;
        }
        if (!(raw instanceof List<?> rows)) {
            return refuse(path, "calls.form.malformed");
        }
        List<Map<String, Object>> kept = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Object row = rows.get(i);
            if (row == null) {
                continue;
            }
            if (!(row instanceof Map<?, ?> cells)) {
                violations.add(new Violation(path + "[" + i + "]", "calls.form.malformed"));
                continue;
            }
            Map<String, Object> clean = new LinkedHashMap<>();
            for (Map.Entry<?, ?> cell : cells.entrySet()) {
                String column = String.valueOf(cell.getKey());
                Optional<FormField> columnField = field.column(column);
                if (columnField.isEmpty()) {
                    violations.add(new Violation(path + "[" + i + "]." + column, "calls.form.unknownField", column));
                    continue;
                }
                Object value = clean(columnField.get(), cell.getValue(), path + "[" + i + "]." + column);
                if (value != null) {
                    clean.put(column, value);
                }
            }
            if (!clean.isEmpty()) {
                kept.add(clean);
            }
        }
        if (field.maxItems() != null && kept.size() > field.maxItems()) {
            violations.add(new Violation(path, "calls.form.tooManyRows", field.maxItems(), kept.size()));
            return null;
        }
        return kept.isEmpty() ? null : kept;
    }

    private Object money(FormField field, Object raw, String path) {
        Map<String, String> parts = parts(raw, path, "amount", "currency");
        if (parts == null) {
            return null;
        }
        String amount = parts.get("amount");
        String currency = parts.get("currency") == null ? null : parts.get("currency").toUpperCase(java.util.Locale.ROOT);
        if (amount == null) {
            return currency == null ? null : refuse(path, "calls.form.amountMissing");
        }
        if (currency == null) {
            return refuse(path, "calls.form.currencyMissing");
        }
        if (!Money.isCurrency(currency)) {
            return refuse(path, "calls.form.notACurrency", currency);
        }
        if (!field.currencies().isEmpty() && !field.currencies().contains(currency)) {
            return refuse(path, "calls.form.currencyNotOffered", currency, String.join(", ", field.currencies()));
        }
        BigDecimal number;
        try {
            number = new BigDecimal(amount.replace(" ", "").replace("\u00a0", ""));
        } catch (NumberFormatException e) {
            return refuse(path, "calls.form.notAnAmount");
        }
        if (number.signum() < 0) {
            return refuse(path, "calls.form.negativeAmount");
        }
        if (number.precision() - number.scale() > MAX_AMOUNT_DIGITS) {
            return refuse(path, "calls.form.notAnAmount");
        }
        try {
            Money money = new Money(number, currency);
            Map<String, Object> kept = new LinkedHashMap<>();
            kept.put("amount", money.amount().toPlainString());
            kept.put("currency", money.currency());
            return kept;
        } catch (IllegalArgumentException | ArithmeticException e) {
            return refuse(path, "calls.form.tooManyDecimals", currency,
                    Math.max(java.util.Currency.getInstance(currency).getDefaultFractionDigits(), 0));
        }
    }

    /**
     * From the directory (its id; name, country and ROR id copied from it), or named with a country the applicant
     * chose; a draft may hold a name without its country yet (the submission asks for both).
     */
    private Object organization(Object raw, String path) {
        Map<String, String> parts = parts(raw, path, "organizationId", "name", "country", "rorId");
        if (parts == null) {
            return null;
        }
        Map<String, Object> kept = new LinkedHashMap<>();
        if (parts.get("organizationId") != null) {
            UUID id;
            try {
                id = UUID.fromString(parts.get("organizationId"));
            } catch (IllegalArgumentException e) {
                return refuse(path, "calls.form.notInDirectory");
            }
            Optional<ApplicationForm.Organization> found = directory.organization(id);
            if (found.isEmpty()) {
                return refuse(path, "calls.form.notInDirectory");
            }
            return directoryEntry(found.get());
        }
        String name = parts.get("name");
        String country = parts.get("country") == null ? null : parts.get("country").toUpperCase(java.util.Locale.ROOT);
        String ror = parts.get("rorId");
        if (name == null && country == null && ror == null) {
            return null;
        }
        if (ror != null && RorId.isValid(ror)) {
            // a ROR id the directory knows stands for its organization, as if it had been chosen there
            Optional<ApplicationForm.Organization> known = directory.byRorId(new RorId(ror));
            if (known.isPresent()) {
                return directoryEntry(known.get());
            }
            if (name == null) {
                return refuse(path + ".name", "ror.notInDirectory");
            }
        }
        int before = violations.size();
        if (name != null && name.length() > MAX_NAME) {
            violations.add(new Violation(path + ".name", "calls.form.tooLong"));
        }
        if (country != null && !CountryCode.isValid(country)) {
            violations.add(new Violation(path + ".country", "calls.form.notACountry"));
        }
        if (ror != null && !RorId.isValid(ror)) {
            violations.add(new Violation(path + ".rorId", "calls.form.notARorId"));
        }
        if (violations.size() > before) {
            return null;
        }
        kept.put("organizationId", null);
        kept.put("name", name);
        kept.put("country", country);
        kept.put("rorId", ror == null ? null : new RorId(ror).value());
        return kept;
    }

    private static Map<String, Object> directoryEntry(ApplicationForm.Organization found) {
        Map<String, Object> kept = new LinkedHashMap<>();
        kept.put("organizationId", found.id().toString());
        kept.put("name", found.name());
        kept.put("country", found.country());
        kept.put("rorId", found.rorId());
        return kept;
    }

    private Object person(Object raw, String path) {
        Map<String, String> parts = parts(raw, path, "name", "email", "orcid");
        if (parts == null) {
            return null;
        }
        String name = parts.get("name");
        String email = parts.get("email");
        String orcid = parts.get("orcid");
        int before = violations.size();
        if (name != null && name.length() > MAX_NAME) {
            violations.add(new Violation(path + ".name", "calls.form.tooLong"));
        }
        if (email != null && !EmailAddress.isValid(email)) {
            violations.add(new Violation(path + ".email", "calls.form.notAnEmail"));
        }
        if (orcid != null && !OrcidId.isValid(orcid)) {
            violations.add(new Violation(path + ".orcid", "calls.form.notAnOrcid"));
        }
        if (violations.size() > before) {
            return null;
        }
        Map<String, Object> kept = new LinkedHashMap<>();
        kept.put("name", name);
        kept.put("email", email);
        kept.put("orcid", orcid == null ? null : OrcidId.parse(orcid).value());
        return kept;
    }

    /**
     * A composite answer's parts, stripped, blank ones as null; null when all are blank; refused when the answer
     * is no object or has a part its type does not know.
     */
    private Map<String, String> parts(Object raw, String path, String... names) {
        if (raw == null || raw instanceof String text && text.isBlank()) {
            return null;
        }
        if (!(raw instanceof Map<?, ?> given)) {
            refuse(path, "calls.form.malformed");
            return null;
        }
        List<String> known = List.of(names);
        Map<String, String> parts = new LinkedHashMap<>();
        boolean any = false;
        for (Map.Entry<?, ?> entry : given.entrySet()) {
            String name = String.valueOf(entry.getKey());
            Object value = entry.getValue();
            if (!known.contains(name) || value instanceof Map<?, ?> || value instanceof Collection<?>) {
                refuse(path, "calls.form.malformed");
                return null;
            }
            String text = value == null ? null : value.toString().strip();
            if (text != null && !text.isEmpty()) {
                parts.put(name, text);
                any = true;
            }
        }
        return any ? parts : null;
    }

    private Object refuse(String path, String key, Object... args) {
        violations.add(new Violation(path, key, args));
        return null;
    }

    static Object normalise(Object raw) {
        if (raw == null) {
            return null;
        }
        if (raw instanceof Map<?, ?> map) {
            return map.isEmpty() ? null : map;
        }
        if (raw instanceof Collection<?> values && values.stream().anyMatch(Map.class::isInstance)) {
            return values.isEmpty() ? null : List.copyOf(values.stream().filter(java.util.Objects::nonNull).toList());
        }
        if (raw instanceof Collection<?> values) {
            List<String> list = values.stream().filter(v -> v != null && !v.toString().isBlank()).map(v -> v.toString().strip()).toList();
            return list.isEmpty() ? null : list;
        }
        String text = raw.toString().strip();
        return text.isEmpty() ? null : text;
    }

    private static String problem(FormField field, Object value, Collection<String> hostCodes) {
        boolean list = value instanceof List<?>;
        if (list != (field.type() == FieldType.MULTIPLE_CHOICE || field.type() == FieldType.HOST_RANKING)) {
            return "calls.form.malformed";
        }
        return switch (field.type()) {
            case TEXT -> value.toString().length() > ApplicationForm.MAX_TEXT ? "calls.form.tooLong" : null;
            case LONG_TEXT -> value.toString().length() > ApplicationForm.MAX_LONG_TEXT ? "calls.form.tooLong"
                    : field.maxWords() != null && ApplicationForm.words(value.toString()) > field.maxWords() ? "calls.form.tooManyWords" : null;
            case SINGLE_CHOICE -> field.hasOption(value.toString()) ? null : "calls.form.notAnOption";
            case MULTIPLE_CHOICE -> ((List<?>) value).stream().allMatch(v -> field.hasOption(v.toString()))
                    && new HashSet<>((List<?>) value).size() == ((List<?>) value).size() ? null : "calls.form.notAnOption";
            case DATE -> date(value.toString()) ? null : "calls.form.notADate";
            case COUNTRY -> CountryCode.isValid(value.toString()) ? null : "calls.form.notACountry";
            case NUMBER -> number(value.toString()) ? null : "calls.form.notANumber";
            case EMAIL -> EmailAddress.isValid(value.toString()) ? null : "calls.form.notAnEmail";
            case HOST_RANKING -> ((List<?>) value).stream().allMatch(v -> hostCodes.contains(v.toString()))
                    && new HashSet<>((List<?>) value).size() == ((List<?>) value).size() ? null : "calls.form.notAHost";
            default -> "calls.form.malformed";
        };
    }

    private static boolean date(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean number(String text) {
        try {
            new BigDecimal(text);
            return text.length() <= 30;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
