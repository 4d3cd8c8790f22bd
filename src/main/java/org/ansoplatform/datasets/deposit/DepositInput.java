package org.ansoplatform.datasets.deposit;


import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.ansoplatform.datasets.deposit.DatasetMetadata.Agent;
import org.ansoplatform.datasets.deposit.DatasetMetadata.AgentKind;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.Languages;
import org.ansoplatform.platform.TextInput;
import org.ansoplatform.shared.OrcidId;
import org.ansoplatform.shared.RorId;
import org.springframework.stereotype.Component;

/**
 * Checks what a depositor typed, each refusal on its field ({@code creators[1].orcid}): ORCID iDs and ROR ids by
 * their check digits, SPDX licences from the kept list, SDGs 1 to 17, points on Earth, languages configured. Empty
 * rows of the repeatable groups are dropped. A draft may be incomplete; {@link #complete} asks for what submission
 * needs (a title, a creator, a licence).
 */
@Component
class DepositInput {

    static final int LINE = 500;
    static final int TEXT = 20_000;

    private final SpdxLicences licences;
    private final Languages languages;
    private final OrganizationQueries organizations;

    DepositInput(SpdxLicences licences, Languages languages, OrganizationQueries organizations) {
        this.organizations = organizations;
        this.licences = licences;
        this.languages = languages;
    }

    DatasetMetadata check(DatasetMetadata m) {
        List<Violation> v = new ArrayList<>();
        List<DatasetMetadata.Text> titles = texts(m.titles(), "titles", LINE, v);
        List<DatasetMetadata.Text> descriptions = texts(m.descriptions(), "descriptions", TEXT, v);
        List<Agent> creators = agents(m.creators(), "creators", false, v);
        List<Agent> contributors = agents(m.contributors(), "contributors", true, v);
        List<DatasetMetadata.Subject> subjects = rows(m.subjects(), s -> blank(s.text()), (s, f) -> new DatasetMetadata.Subject(
                TextInput.checkLine(s.text(), f + ".text", LINE, true, v), TextInput.checkLine(s.scheme(), f + ".scheme", LINE, false, v)),
                "subjects");
        List<String> keywords = m.keywords().stream().map(TextInput::trim).filter(k -> k != null && !k.isEmpty()).distinct().toList();
        for (int i = 0; i < keywords.size(); i++) {
            TextInput.checkLine(keywords.get(i), "keywords[" + i + "]", 100, false, v);
        }
        List<Integer> sdgs = m.sdgs().stream().distinct().sorted().toList();
        if (sdgs.stream().anyMatch(sdg -> sdg < 1 || sdg > 17)) {
            v.add(new Violation("sdgs", "datasets.error.sdg"));
        }
        List<DatasetMetadata.Dated> dates = rows(m.dates(), d -> blank(d.date()), (d, f) -> {
            String date = TextInput.checkLine(d.date(), f + ".date", 60, true, v);
            if (date != null && !isDateOrRange(date)) {
                v.add(new Violation(f + ".date", "datasets.error.date"));
            }
            if (d.type() == null) {
                v.add(new Violation(f + ".type", "validation.required"));
            }
            return new DatasetMetadata.Dated(date, d.type());
        }, "dates");
        List<DatasetMetadata.Related> related = rows(m.related(), r -> blank(r.identifier()), (r, f) -> {
            if (r.type() == null) {
                v.add(new Violation(f + ".type", "validation.required"));
            }
            if (r.relation() == null) {
                v.add(new Violation(f + ".relation", "validation.required"));
            }
            return new DatasetMetadata.Related(TextInput.checkLine(r.identifier(), f + ".identifier", LINE, true, v), r.type(),
                    r.relation());
        }, "related");
        List<DatasetMetadata.Place> places = rows(m.places(),
                p -> blank(p.place()) && p.latitude() == null && p.longitude() == null && blank(p.country()), (p, f) -> {
                    String country = blank(p.country()) ? null : p.country().strip().toUpperCase(java.util.Locale.ROOT);
                    if (country != null && !org.ansoplatform.shared.CountryCode.isValid(country)) {
                        v.add(new Violation(f + ".country", "datasets.error.country"));
                    }
                    if ((p.latitude() == null) != (p.longitude() == null)) {
                        v.add(new Violation(f + ".latitude", "datasets.error.point"));
                    } else if (p.latitude() != null && (Math.abs(p.latitude()) > 90 || Math.abs(p.longitude()) > 180)) {
                        v.add(new Violation(f + ".latitude", "datasets.error.point"));
                    }
                    return new DatasetMetadata.Place(TextInput.checkLine(p.place(), f + ".place", LINE, false, v), p.latitude(),
                            p.longitude(), country);
                }, "places");
        List<DatasetMetadata.Alternate> alternates = rows(m.alternates(), a -> blank(a.identifier()),
                (a, f) -> new DatasetMetadata.Alternate(TextInput.checkLine(a.identifier(), f + ".identifier", LINE, true, v),
                        TextInput.checkLine(a.type(), f + ".type", 100, true, v)), "alternates");
        String language = TextInput.trim(m.language());
        if (language != null && !language.isEmpty() && !languages.supports(language)) {
            v.add(new Violation("language", "datasets.error.language"));
        }
        String licence = TextInput.trim(m.licence());
        if (licence != null && !licence.isEmpty() && licences.byId(licence).isEmpty()) {
            v.add(new Violation("licence", "datasets.error.licence"));
        }
        String versionName = TextInput.checkLine(m.versionName(), "versionName", 100, false, v);
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        return new DatasetMetadata(titles, descriptions, creators, contributors, subjects, keywords, sdgs, dates, related, places,
                empty(language), alternates, versionName, empty(licence), m.projectId());
    }

    /** What submission needs beyond a well-formed draft. */
    void complete(DatasetMetadata m, int files) {
        List<Violation> v = new ArrayList<>();
        if (m.titles().isEmpty()) {
            v.add(new Violation("titles", "datasets.error.title"));
        }
        if (m.creators().isEmpty()) {
            v.add(new Violation("creators", "datasets.error.creator"));
        }
        if (m.licence() == null) {
            v.add(new Violation("licence", "datasets.error.licenceRequired"));
        }
        if (files == 0) {
            v.add(new Violation(null, "datasets.error.noFiles"));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
    }

    private List<DatasetMetadata.Text> texts(List<DatasetMetadata.Text> texts, String field, int max, List<Violation> v) {
        return rows(texts, t -> blank(t.text()), (t, f) -> {
            if (t.language() == null || !languages.supports(t.language())) {
                v.add(new Violation(f + ".language", "datasets.error.language"));
            }
            return new DatasetMetadata.Text(t.language(), TextInput.check(t.text(), f + ".text", max, true, v));
        }, field);
    }

    private List<Agent> agents(List<Agent> agents, String field, boolean contributor, List<Violation> v) {
        return rows(agents, a -> blank(a.familyName()) && blank(a.givenName()) && blank(a.name()) && blank(a.orcid())
                && blank(a.ror()) && a.organizationId() == null, (a, f) -> {
                    AgentKind kind = a.kind() == null ? AgentKind.PERSON : a.kind();
                    // nothing of a person but an organization chosen from the directory: the row is that organization,
                    // whatever the kind selector was left on (its default is a person)
                    if (kind == AgentKind.PERSON && a.organizationId() != null && blank(a.familyName())
                            && blank(a.givenName()) && blank(a.orcid())) {
                        kind = AgentKind.ORGANIZATION;
                    }
                    boolean person = kind == AgentKind.PERSON;
                    String orcid = TextInput.trim(a.orcid());
                    String name = a.name();
                    String ror = TextInput.trim(a.ror());
                    String affiliation = a.affiliation();
                    String affiliationRor = TextInput.trim(a.affiliationRor());
                    // chosen from the directory: the organization itself, or a person's affiliation; its name and ROR
                    // id replace what was typed (decision 233)
                    Optional<OrganizationView> chosen = a.organizationId() == null ? Optional.empty()
                            : organizations.byId(a.organizationId());
                    if (a.organizationId() != null && chosen.isEmpty()) {
                        v.add(new Violation(f + ".organizationId", "datasets.error.directory"));
                    }
                    if (chosen.isPresent() && !person) {
                        name = chosen.get().name();
                        ror = chosen.get().rorUrl() == null ? ror : chosen.get().rorUrl();
                    } else if (chosen.isPresent()) {
                        affiliation = chosen.get().name();
                        affiliationRor = chosen.get().rorUrl() == null ? affiliationRor : chosen.get().rorUrl();
                    }
                    if (!blank(orcid) && !OrcidId.isValid(orcid)) {
                        v.add(new Violation(f + ".orcid", "datasets.error.orcid"));
                    }
                    if (!blank(ror) && !RorId.isValid(ror)) {
                        v.add(new Violation(f + ".ror", "datasets.error.ror"));
                    }
                    if (!blank(affiliationRor) && !RorId.isValid(affiliationRor)) {
                        v.add(new Violation(f + ".affiliationRor", "datasets.error.ror"));
                    }
                    if (person && blank(a.familyName()) && blank(a.givenName())) {
                        v.add(new Violation(f + ".familyName", "datasets.error.personName"));
                    }
                    if (!person && blank(name)) {
                        v.add(new Violation(f + ".name", "datasets.error.organizationName"));
                    }
                    if (contributor && a.role() == null) {
                        v.add(new Violation(f + ".role", "validation.required"));
                    }
                    return new Agent(kind, person ? TextInput.checkLine(a.familyName(), f + ".familyName", 200, false, v) : null,
                            person ? TextInput.checkLine(a.givenName(), f + ".givenName", 200, false, v) : null,
                            person ? empty(orcid) : null, person ? null : TextInput.checkLine(name, f + ".name", LINE, false, v),
                            person ? null : empty(ror), chosen.map(OrganizationView::id).orElse(null),
                            TextInput.checkLine(affiliation, f + ".affiliation", LINE, false, v), empty(affiliationRor),
                            contributor ? a.role() : null);
                }, field);
    }

    private interface Row<T> {
        T check(T row, String field);
    }

    private static <T> List<T> rows(List<T> rows, Function<T, Boolean> empty, Row<T> check, String field) {
        List<T> kept = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!empty.apply(rows.get(i))) {
                kept.add(check.check(rows.get(i), field + "[" + i + "]"));
            }
        }
        return kept;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String empty(String text) {
        return blank(text) ? null : text.strip();
    }

    /**
     * A date or a range as DataCite's RKMS-ISO8601 subset the form offers: {@code 2021}, {@code 2021-05},
     * {@code 2021-05-10}, or two of them joined by {@code /} with the start not after the end. The calendar decides
     * (no 31 April), not the pattern alone.
     */
    static boolean isDateOrRange(String text) {
        String[] parts = text.split("/", -1);
        if (parts.length > 2) {
            return false;
        }
        LocalDate start = firstDay(parts[0]);
        if (start == null) {
            return false;
        }
        if (parts.length == 1) {
            return true;
        }
        LocalDate end = firstDay(parts[1]);
        return end != null && !start.isAfter(end);
    }

    private static LocalDate firstDay(String part) {
        try {
            if (part.matches("\\d{4}")) {
                return LocalDate.of(Integer.parseInt(part), 1, 1);
            }
            if (part.matches("\\d{4}-\\d{2}")) {
                return YearMonth.parse(part).atDay(1);
            }
            if (part.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(part);
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }
}
