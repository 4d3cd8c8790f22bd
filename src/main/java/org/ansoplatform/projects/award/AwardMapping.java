package org.ansoplatform.projects.award;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.projects.BudgetCategory;
import org.ansoplatform.projects.MilestoneKind;
import org.ansoplatform.projects.PartnerRole;

/**
 * Reads the cooperation form's answers (contracts §1 and §2 of issue 18) into what a project is made of. Pure: no
 * Spring, no SQL. An answer of the wrong shape is left out rather than failing the award, so that the project
 * exists and the Secretariat completes it; what is missing takes a plain default (a start on the day of
 * acceptance, twelve months).
 */
final class AwardMapping {

    static final int DEFAULT_MONTHS = 12;

    /** An institution as the applicant named it: from the directory ({@code organizationId}) or not. */
    record Institution(UUID organizationId, String name, String country, String rorId, PartnerRole role) {
    }

    record Person(String name, String email, String orcid) {
    }

    record BudgetRow(int year, BudgetCategory category, BigDecimal amount, String currency) {
    }

    record Milestone(String workPackage, String title, MilestoneKind kind, LocalDate due) {
    }

    private final Map<String, Object> answers;

    AwardMapping(Map<String, Object> answers) {
        this.answers = answers;
    }

    String text(String key) {
        Object value = answers.get(key);
        return value instanceof String s && !s.isBlank() ? s.strip() : null;
    }

    LocalDate start(LocalDate otherwise) {
        LocalDate start = date(answers.get("start"));
        return start == null ? otherwise : start;
    }

    /** The last day of the project: {@code months} after its start, less a day. */
    LocalDate end(LocalDate start) {
        Integer months = number(answers.get("months"));
        return start.plusMonths(months == null || months < 1 ? DEFAULT_MONTHS : months).minusDays(1);
    }

    List<Integer> sdgs() {
        List<Integer> sdgs = new ArrayList<>();
        if (answers.get("sdgs") instanceof List<?> list) {
            for (Object value : list) {
                Integer sdg = number(value);
                if (sdg != null && sdg >= 1 && sdg <= 17) {
                    sdgs.add(sdg);
                }
            }
        }
        return sdgs;
    }

    /** The lead first, then the partners in the order given. */
    List<Institution> institutions() {
        List<Institution> institutions = new ArrayList<>();
        Institution lead = institution(answers.get("lead"), PartnerRole.LEAD);
        if (lead != null) {
            institutions.add(lead);
        }
        for (Map<String, Object> row : rows("partners")) {
            PartnerRole role = named(PartnerRole.class, row.get("role"), PartnerRole.PARTNER);
            Institution partner = institution(row.get("organization"), role);
            if (partner != null) {
                institutions.add(partner);
            }
        }
        return institutions;
    }

    Person principalInvestigator() {
        if (answers.get("pi") instanceof Map<?, ?> pi && pi.get("name") instanceof String name && !name.isBlank()) {
            return new Person(name.strip(), string(pi.get("email")), string(pi.get("orcid")));
        }
        return null;
    }

    List<BudgetRow> budget() {
        List<BudgetRow> budget = new ArrayList<>();
        for (Map<String, Object> row : rows("budget")) {
            Integer year = number(row.get("year"));
            Map<String, String> money = money(row.get("amount"));
            BudgetCategory category = category(row.get("category"));
            if (year != null && money != null && category != null) {
                try {
                    budget.add(new BudgetRow(year, category, new BigDecimal(money.get("amount")), money.get("currency")));
                } catch (NumberFormatException e) {
                    // not an amount: left for the Secretariat
                }
            }
        }
        return budget;
    }

    List<Milestone> milestones() {
        List<Milestone> milestones = new ArrayList<>();
        for (Map<String, Object> row : rows("milestones")) {
            String title = string(row.get("title"));
            LocalDate due = date(row.get("due"));
            if (title != null && due != null) {
                MilestoneKind kind = named(MilestoneKind.class, row.get("kind"), MilestoneKind.MILESTONE);
                milestones.add(new Milestone(string(row.get("workPackage")), title, kind, due));
            }
        }
        return milestones;
    }

    private static Institution institution(Object value, PartnerRole role) {
        if (!(value instanceof Map<?, ?> map)) {
            return null;
        }
        UUID id = null;
        try {
            id = map.get("organizationId") instanceof String s && !s.isBlank() ? UUID.fromString(s.strip()) : null;
        } catch (IllegalArgumentException e) {
            // not an id: the institution is looked up by its name
        }
        String name = string(map.get("name"));
        if (id == null && name == null) {
            return null;
        }
        String country = string(map.get("country"));
        return new Institution(id, name, country == null ? null : country.toUpperCase(Locale.ROOT), string(map.get("rorId")), role);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> rows(String key) {
        List<Map<String, Object>> rows = new ArrayList<>();
        if (answers.get(key) instanceof List<?> list) {
            for (Object row : list) {
                if (row instanceof Map<?, ?> map) {
                    rows.add((Map<String, Object>) map);
                }
            }
        }
        return rows;
    }

    private static Map<String, String> money(Object value) {
        if (value instanceof Map<?, ?> map && map.get("currency") instanceof String currency && map.get("amount") != null) {
            return Map.of("amount", map.get("amount").toString().strip(), "currency", currency.strip().toUpperCase(Locale.ROOT));
        }
        return null;
    }

    private static BudgetCategory category(Object value) {
        return named(BudgetCategory.class, value, null);
    }

    /** The constant an answer names, in any case; {@code otherwise} for anything else. */
    private static <E extends Enum<E>> E named(Class<E> type, Object value, E otherwise) {
        if (value instanceof String s) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(s.strip())) {
                    return constant;
                }
            }
        }
        return otherwise;
    }

    private static String string(Object value) {
        return value instanceof String s && !s.isBlank() ? s.strip() : null;
    }

    private static Integer number(Object value) {
        if (value instanceof Number n) {
            return n.intValue();
        }
        try {
            return value instanceof String s ? new BigDecimal(s.strip()).intValueExact() : null;
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    private static LocalDate date(Object value) {
        try {
            return value instanceof String s ? LocalDate.parse(s.strip()) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
