package org.ansoplatform.partnerships.technology;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.partnerships.IpStatus;
import org.ansoplatform.partnerships.TechnologyCommand;
import org.ansoplatform.partnerships.TechnologyKind;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.Languages;
import org.ansoplatform.platform.Records;
import org.ansoplatform.platform.TextInput;
import org.ansoplatform.projects.ProjectQueries;
import org.ansoplatform.shared.CountryCode;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.Money;
import org.ansoplatform.shared.Reader;
import org.ansoplatform.shared.RecordRef;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Checks an offer or a request as typed, every field at once, and gives it back trimmed: a TRL from 1 to 9, a title
 * and a summary in the first configured language, at least one sector, SDGs from 1 to 17, assigned country codes, a
 * patent's numbers when it is granted or pending, a project the platform has, a budget range in one currency, cited
 * records a visitor may see.
 */
@Component
public class TechnologyInput {

    public static final int TITLE_MAX = 200, SUMMARY_MAX = 4000, LINE_MAX = 500, RELATED_MAX = 20;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1e15");

    private final Languages languages;
    private final OrganizationQueries organizations;
    private final ProjectQueries projects;
    private final Records records;

    TechnologyInput(Languages languages, OrganizationQueries organizations, ProjectQueries projects, Records records) {
        this.records = records;
        this.languages = languages;
        this.organizations = organizations;
        this.projects = projects;
    }

    /** The command, cleaned; refuses with every violation. */
    public TechnologyCommand check(TechnologyCommand c) {
        List<Violation> v = new ArrayList<>();
        if (c.kind() == null) {
            v.add(new Violation("kind", "validation.required"));
        }
        if (c.organizationId() == null) {
            v.add(new Violation("organizationId", "validation.required"));
        } else if (organizations.byId(c.organizationId()).isEmpty()) {
            v.add(new Violation("organizationId", "technology.error.organization"));
        }
        LocalizedText title = localized(c.title(), "title", TITLE_MAX, true, v);
        LocalizedText summary = localized(c.summary(), "summary", SUMMARY_MAX, true, v);
        String inventors = text(TextInput.checkLine(c.inventors(), "inventors", LINE_MAX, false, v));
        String reference = text(TextInput.checkLine(c.projectReference(), "projectReference", LINE_MAX, false, v));
        if (c.projectId() != null && projects.byId(c.projectId()).isEmpty()) {
            v.add(new Violation("projectId", "technology.error.project"));
        }
        if (c.trl() == null) {
            v.add(new Violation("trl", "validation.required"));
        } else if (c.trl() < 1 || c.trl() > 9) {
            v.add(new Violation("trl", "technology.error.trl", c.trl()));
        }
        String evidence = text(TextInput.check(c.trlEvidence(), "trlEvidence", SUMMARY_MAX, false, v));
        IpStatus ip = c.ipStatus();
        String patents = text(TextInput.checkLine(c.patentNumbers(), "patentNumbers", LINE_MAX, false, v));
        if (c.kind() == TechnologyKind.OFFER) {
            if (ip == null) {
                v.add(new Violation("ipStatus", "validation.required"));
            } else if (ip.needsNumbers() && patents.isEmpty()) {
                v.add(new Violation("patentNumbers", "technology.error.patentNumbers"));
            }
        } else {
            ip = null;
            patents = "";
        }
        if (c.sectors().isEmpty()) {
            v.add(new Violation("sectors", "technology.error.sectors"));
        }
        c.sdgs().stream().filter(goal -> goal < 1 || goal > 17).findFirst()
                .ifPresent(goal -> v.add(new Violation("sdgs", "technology.error.sdg", goal)));
        List<String> countries = c.countries().stream().filter(s -> !s.isBlank())
                .map(s -> s.strip().toUpperCase(java.util.Locale.ROOT)).distinct().toList();
        countries.stream().filter(code -> !CountryCode.isValid(code)).findFirst()
                .ifPresent(code -> v.add(new Violation("countries", "technology.error.country", code)));
        BigDecimal min = c.kind() == TechnologyKind.REQUEST ? c.budgetMin() : null;
        BigDecimal max = c.kind() == TechnologyKind.REQUEST ? c.budgetMax() : null;
        String currency = c.budgetCurrency() == null || c.budgetCurrency().isBlank() || (min == null && max == null) ? null
                : c.budgetCurrency().strip().toUpperCase(java.util.Locale.ROOT);
        for (BigDecimal amount : java.util.Arrays.asList(min, max)) {
            if (amount != null && (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) >= 0 || amount.scale() > 2)) {
                v.add(new Violation(amount == min ? "budgetMin" : "budgetMax", "technology.error.amount"));
            }
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            v.add(new Violation("budgetMax", "technology.error.budgetRange"));
        }
        if ((min != null || max != null) && (currency == null || !Money.isCurrency(currency))) {
            v.add(new Violation("budgetCurrency", "technology.error.currency"));
        }
        List<String> related = related(c.related(), v);
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        return new TechnologyCommand(c.kind(), c.organizationId(), title, summary, inventors, c.projectId(), reference,
                c.trl(), evidence, ip, patents, c.sectors(), c.sdgs(), countries, c.models(), min, max, currency, related);
    }

    /**
     * The cited records, each a well-formed reference to a record a visitor may see (a published dataset, a public
     * issue): an offer is meant to be public, so a draft, even the author's own, is refused as unknown.
     */
    private List<String> related(List<String> given, List<Violation> v) {
        List<String> clean = new ArrayList<>();
        for (String line : given) {
            if (line == null || line.isBlank()) {
                continue;
            }
            String typed = line.strip();
            if (!RecordRef.isValid(typed) || !records.knows(RecordRef.parse(typed))
                    || !records.describe(RecordRef.parse(typed), Reader.anonymous(), Locale.ROOT).visible()) {
                v.add(new Violation("related", "technology.error.related", typed.length() > 80 ? typed.substring(0, 80) : typed));
            } else if (!clean.contains(RecordRef.parse(typed).toString())) {
                clean.add(RecordRef.parse(typed).toString());
            }
        }
        if (clean.size() > RELATED_MAX) {
            v.add(new Violation("related", "technology.error.relatedMax", RELATED_MAX));
        }
        return clean;
    }

    /** The references of a checked command. */
    public static List<RecordRef> refs(List<String> related) {
        return related.stream().map(RecordRef::parse).toList();
    }

    private LocalizedText localized(LocalizedText text, String field, int max, boolean required, List<Violation> v) {
        Map<String, String> values = new LinkedHashMap<>();
        if (text != null) {
            text.values().forEach((language, value) -> {
                if (languages.supports(language)) {
                    values.put(language, Objects.requireNonNullElse(TextInput.check(value, field, max, false, v), ""));
                }
            });
        }
        LocalizedText clean = LocalizedText.of(values);
        if (required && clean.get(languages.tags().get(0)).isBlank()) {
            v.add(new Violation(field, "technology.error.firstLanguage"));
        }
        return clean;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
