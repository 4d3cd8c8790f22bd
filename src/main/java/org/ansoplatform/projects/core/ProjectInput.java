package org.ansoplatform.projects.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.calls.ProgrammeQueries;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.Languages;
import org.ansoplatform.platform.TextInput;
import org.ansoplatform.projects.ProjectCommand;
import org.ansoplatform.projects.ProjectStatus;
import org.ansoplatform.projects.ReportSchedule;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.Money;
import org.springframework.stereotype.Component;

/**
 * Checks a project's details and refuses with every violation at once. Texts are checked in the configured
 * languages ({@code anso.languages}): the first language's title is required; field names carry the language
 * ({@code title[zh]}) so each refusal shows next to its input.
 */
@Component
public class ProjectInput {

    public static final int CODE_MAX = 40, ACRONYM_MAX = 60, TITLE_MAX = 400, SUMMARY_MAX = 10_000, PROGRAMME_MAX = 60;
    public static final BigDecimal AMOUNT_MAX = new BigDecimal("99999999999999.99");

    private final Languages languages;
    private final ProjectStore store;
    private final ProgrammeQueries programmes;

    ProjectInput(Languages languages, ProjectStore store, ProgrammeQueries programmes) {
        this.programmes = programmes;
        this.languages = languages;
        this.store = store;
    }

    /** {@code self} is the project being changed (null for a new one), so its own code is not taken. */
    public CheckedProject check(ProjectCommand c, UUID self) {
        List<Violation> violations = new ArrayList<>();
        String code = TextInput.checkLine(c.code(), "code", CODE_MAX, true, violations);
        if (code != null && code.length() <= CODE_MAX && !code.matches("[\\p{L}\\p{N}][\\p{L}\\p{N}._/-]*")) {
            violations.add(new Violation("code", "projects.project.error.code"));
        } else if (code != null && violations.isEmpty() && store.codeTaken(code, self)) {
            violations.add(new Violation("code", "projects.project.error.codeTaken"));
        }
        String acronym = TextInput.checkLine(c.acronym(), "acronym", ACRONYM_MAX, true, violations);
        LocalizedText title = text(c.title(), "title", TITLE_MAX, true, violations);
        LocalizedText summary = text(c.summary(), "summary", SUMMARY_MAX, false, violations);
        if (c.startDate() == null) {
            violations.add(new Violation("startDate", "validation.required"));
        }
        if (c.endDate() == null) {
            violations.add(new Violation("endDate", "validation.required"));
        } else if (c.startDate() != null && c.endDate().isBefore(c.startDate())) {
            violations.add(new Violation("endDate", "projects.project.error.datesOrder"));
        }
        String programme = TextInput.checkLine(c.programmeCode(), "programmeCode", PROGRAMME_MAX, true, violations);
        if (programme != null && programmes.byCode(programme).isEmpty()) {
            // the calls module's programmes are the one dimension finance budgets by: a project never invents one
            violations.add(new Violation("programmeCode", "projects.project.error.programme", programme));
        }
        Money granted = granted(c.grantedAmount(), c.currency(), violations);
        List<Integer> sdgs = new ArrayList<>(new LinkedHashSet<>(c.sdgs()));
        if (sdgs.stream().anyMatch(sdg -> sdg == null || sdg < 1 || sdg > 17)) {
            violations.add(new Violation("sdgs", "projects.project.error.sdg"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new CheckedProject(code, acronym, title, summary, c.startDate(), c.endDate(), programme, granted,
                c.status() == null ? ProjectStatus.AWARDED : c.status(), List.copyOf(sdgs),
                List.copyOf(new LinkedHashSet<>(c.themes().stream().filter(t -> t != null).toList())),
                c.reportSchedule() == null ? ReportSchedule.ANNUAL : c.reportSchedule(), c.published(), c.illustrative());
    }

    /** An amount in a currency ISO 4217 lists, kept to the currency's minor unit; null (and a violation) otherwise. */
    public static Money money(BigDecimal amount, String currency, String field, boolean positive, List<Violation> violations) {
        String code = TextInput.trim(currency);
        if (amount == null) {
            violations.add(new Violation(field, "validation.required"));
            return null;
        }
        if (code == null || !Money.isCurrency(code.toUpperCase(java.util.Locale.ROOT))) {
            violations.add(new Violation("currency", "projects.money.error.currency"));
            return null;
        }
        if (amount.abs().compareTo(AMOUNT_MAX) > 0) {
            violations.add(new Violation(field, "projects.money.error.tooLarge"));
            return null;
        }
        try {
            Money money = new Money(amount, code.toUpperCase(java.util.Locale.ROOT));
            if (positive && money.amount().signum() < 0) {
                violations.add(new Violation(field, "projects.money.error.negative"));
            }
            return money;
        } catch (IllegalArgumentException | ArithmeticException e) {
            violations.add(new Violation(field, "projects.money.error.decimals", code.toUpperCase(java.util.Locale.ROOT)));
            return null;
        }
    }

    private static Money granted(BigDecimal amount, String currency, List<Violation> violations) {
        return money(amount, currency, "grantedAmount", true, violations);
    }

    LocalizedText text(LocalizedText text, String field, int max, boolean required, List<Violation> violations) {
        Map<String, String> clean = new LinkedHashMap<>();
        text.values().forEach((language, value) -> {
            if (!languages.tags().contains(language)) {
                violations.add(new Violation(field, "projects.project.error.language", language));
                return;
            }
            String checked = max <= TITLE_MAX
                    ? TextInput.checkLine(value, field + "[" + language + "]", max, false, violations)
                    : TextInput.check(value, field + "[" + language + "]", max, false, violations);
            if (checked != null) {
                clean.put(language, checked);
            }
        });
        String first = languages.tags().get(0);
        if (required && !clean.containsKey(first)) {
            violations.add(new Violation(field + "[" + first + "]", "validation.required"));
        }
        return new LocalizedText(clean);
    }
}
