package org.ansoplatform.publications.series;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.Languages;
import org.ansoplatform.platform.Records;
import org.ansoplatform.publications.IssueCommand;
import org.ansoplatform.publications.IssueView;
import org.ansoplatform.publications.SeriesCommand;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.OrcidId;
import org.ansoplatform.shared.RecordRef;
import org.ansoplatform.shared.RorId;
import org.springframework.stereotype.Component;

/**
 * The rules of a series and an issue that forms cannot express, each refused next to its field: a number used
 * twice in a series, a date out of the numbers' order, a text in a language the site does not speak, an ISSN, ORCID
 * iD or ROR id whose check character is wrong, an SDG outside 1–17, a link to a record no module knows.
 */
@Component
public class IssueInput {

    public static final int MAX_KEYWORDS = 30, MAX_TEXT = 20_000;

    private final IssueStore issues;
    private final Languages languages;
    private final Records records;

    IssueInput(IssueStore issues, Languages languages, Records records) {
        this.issues = issues;
        this.languages = languages;
        this.records = records;
    }

    public SeriesCommand check(SeriesCommand c) {
        List<Violation> v = new ArrayList<>();
        require(c.kind() != null, "kind", v);
        require(c.cadence() != null, "cadence", v);
        require(c.accessPolicy() != null, "accessPolicy", v);
        texts(c.title(), "title", true, v);
        texts(c.description(), "description", false, v);
        if (c.issn() != null && !c.issn().isBlank() && !issnValid(c.issn())) {
            v.add(new Violation("issn", "publications.error.issn", c.issn()));
        }
        String label = c.numberLabel() == null || c.numberLabel().isBlank() ? "No. {n}" : c.numberLabel().strip();
        if (!label.contains("{n}") || label.length() > 60) {
            v.add(new Violation("numberLabel", "publications.error.numberLabel"));
        }
        List<String> tags = new ArrayList<>();
        for (String tag : c.languages()) {
            if (!languages.supports(tag)) {
                v.add(new Violation("languages", "publications.error.language", tag));
            } else if (!tags.contains(languages.closest(tag))) {
                tags.add(languages.closest(tag));
            }
        }
        if (c.startDate() != null && c.endDate() != null && c.endDate().isBefore(c.startDate())) {
            v.add(new Violation("endDate", "publications.error.endBeforeStart"));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        String issn = c.issn() == null || c.issn().isBlank() ? null : normalIssn(c.issn());
        return new SeriesCommand(c.kind(), c.cadence(), c.title(), c.description(), issn, label,
                tags.isEmpty() ? languages.tags() : tags, c.accessPolicy(), c.titlePublic(), c.startDate(), c.endDate(),
                c.editors(), c.readerPeople(), c.readerOrganizations());
    }

    /** Checks an issue of a series; {@code id} is the issue's own when it is edited, else null. */
    public IssueCommand check(UUID seriesId, UUID id, IssueCommand c) {
        List<Violation> v = new ArrayList<>();
        if (c.number() <= 0) {
            v.add(new Violation("number", "publications.error.number"));
        } else {
            Optional<IssueView> same = issues.byNumber(seriesId, c.number());
            if (same.isPresent() && !same.get().id().equals(id)) {
                v.add(new Violation("number", "publications.error.duplicateNumber", c.number()));
            }
        }
        if (c.date() == null) {
            v.add(new Violation("date", "publications.error.date"));
        } else if (c.number() > 0) {
            issues.neighbour(seriesId, c.number(), true).filter(p -> !p.id().equals(id) && c.date().isBefore(p.date()))
                    .ifPresent(p -> v.add(new Violation("date", "publications.error.dateBefore", p.number(), p.date().toString())));
            issues.neighbour(seriesId, c.number(), false).filter(p -> !p.id().equals(id) && c.date().isAfter(p.date()))
                    .ifPresent(p -> v.add(new Violation("date", "publications.error.dateAfter", p.number(), p.date().toString())));
        }
        texts(c.title(), "title", true, v);
        texts(c.summary(), "summary", false, v);
        List<IssueCommand.Author> authors = new ArrayList<>();
        for (IssueCommand.Author a : c.authors()) {
            if (a == null || a.name() == null || a.name().isBlank()) {
                continue;
            }
            if (a.orcid() != null && !a.orcid().isBlank() && !OrcidId.isValid(a.orcid())) {
                v.add(new Violation("authors", "publications.error.orcid", a.orcid()));
            } else if (a.ror() != null && !a.ror().isBlank() && !RorId.isValid(a.ror())) {
                v.add(new Violation("authors", "publications.error.ror", a.ror()));
            } else {
                authors.add(new IssueCommand.Author(a.name().strip(), blank(a.orcid()) ? null : OrcidId.parse(a.orcid()).value(),
                        blank(a.affiliation()) ? null : a.affiliation().strip(), a.organization(),
                        blank(a.ror()) ? null : RorId.parse(a.ror()).value(), a.organizationId()));
            }
        }
        for (Integer sdg : c.sdgs()) {
            if (sdg == null || sdg < 1 || sdg > 17) {
                v.add(new Violation("sdgs", "publications.error.sdg", String.valueOf(sdg)));
            }
        }
        List<String> keywords = c.keywords().stream().filter(k -> k != null && !k.isBlank()).map(String::strip).distinct().toList();
        if (keywords.size() > MAX_KEYWORDS || keywords.stream().anyMatch(k -> k.length() > 100)) {
            v.add(new Violation("keywords", "publications.error.keywords", MAX_KEYWORDS));
        }
        List<String> links = new ArrayList<>();
        for (String link : c.links()) {
            if (link == null || link.isBlank()) {
                continue;
            }
            if (!RecordRef.isValid(link) || !records.knows(RecordRef.parse(link))) {
                v.add(new Violation("links", "publications.error.link", link.strip()));
            } else if (!links.contains(RecordRef.parse(link).toString())) {
                links.add(RecordRef.parse(link).toString());
            }
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        return new IssueCommand(c.number(), blank(c.label()) ? null : c.label().strip(), c.date(), c.title(), c.summary(),
                authors, keywords, c.sdgs().stream().distinct().sorted().toList(), links, c.accessPolicy(), c.titlePublic(),
                c.readerPeople(), c.readerOrganizations());
    }

    private void texts(LocalizedText text, String field, boolean required, List<Violation> v) {
        Map<String, String> values = text == null ? Map.of() : text.values();
        if (required && values.isEmpty()) {
            v.add(new Violation(field, "publications.error.required"));
        }
        for (Map.Entry<String, String> e : new LinkedHashMap<>(values).entrySet()) {
            if (!languages.supports(e.getKey())) {
                v.add(new Violation(field, "publications.error.language", e.getKey()));
            } else if (e.getValue().length() > MAX_TEXT) {
                v.add(new Violation(field, "publications.error.tooLong", MAX_TEXT));
            }
        }
    }

    private static void require(boolean present, String field, List<Violation> v) {
        if (!present) {
            v.add(new Violation(field, "publications.error.required"));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String normalIssn(String text) {
        String compact = text.strip().toUpperCase(java.util.Locale.ROOT).replace("-", "");
        return compact.substring(0, 4) + "-" + compact.substring(4);
    }

    /** ISSN: seven digits and a check character, modulus 11 with weights 8 to 2 (ISO 3297), X standing for 10. */
    public static boolean issnValid(String text) {
        if (text == null) {
            return false;
        }
        String compact = text.strip().toUpperCase(java.util.Locale.ROOT).replace("-", "");
        if (!compact.matches("\\d{7}[\\dX]")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (compact.charAt(i) - '0') * (8 - i);
        }
        int check = (11 - sum % 11) % 11;
        char expected = check == 10 ? 'X' : (char) ('0' + check);
        return compact.charAt(7) == expected;
    }
}
