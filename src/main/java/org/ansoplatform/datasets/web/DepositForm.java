package org.ansoplatform.datasets.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.validation.constraints.Size;

import org.ansoplatform.datasets.deposit.DatasetMetadata;
import org.ansoplatform.datasets.deposit.DatasetMetadata.Agent;
import org.ansoplatform.datasets.deposit.DatasetMetadata.AgentKind;

/**
 * The deposit form: DataCite's properties in repeatable groups (a row added or removed by the buttons {@code add} and
 * {@code remove}, which re-show the form without saving), keywords one per line, SDGs ticked. Empty rows are dropped
 * on saving; every refusal is shown next to its field ({@code creators[1].orcid}).
 */
public record DepositForm(List<DatasetMetadata.Text> titles, List<DatasetMetadata.Text> descriptions, List<Agent> creators,
        List<Agent> contributors, List<DatasetMetadata.Subject> subjects, @Size(max = 5000) String keywords,
        List<Integer> sdgs, List<DatasetMetadata.Dated> dates, List<DatasetMetadata.Related> related,
        List<DatasetMetadata.Place> places, String language, List<DatasetMetadata.Alternate> alternates,
        @Size(max = 100) String versionName, String licence, UUID projectId, String add, String remove) {

    static final List<String> GROUPS = List.of("titles", "descriptions", "creators", "contributors", "subjects", "dates",
            "related", "places", "alternates");

    public DepositForm {
        titles = list(titles);
        descriptions = list(descriptions);
        creators = list(creators);
        contributors = list(contributors);
        subjects = list(subjects);
        sdgs = sdgs == null ? List.of() : sdgs;
        dates = list(dates);
        related = list(related);
        places = list(places);
        alternates = list(alternates);
    }

    private static <T> List<T> list(List<T> rows) {
        return rows == null ? new ArrayList<>() : new ArrayList<>(rows);
    }

    static DepositForm blank(String language) {
        return of(DatasetMetadata.empty(), language);
    }

    /** The metadata as the form shows it, with one empty row where a group must have one (a title, a creator). */
    static DepositForm of(DatasetMetadata m, String language) {
        DepositForm form = new DepositForm(m.titles(), m.descriptions(), m.creators(), m.contributors(), m.subjects(),
                String.join("\n", m.keywords()), m.sdgs(), m.dates(), m.related(), m.places(), m.language(), m.alternates(),
                m.versionName(), m.licence(), m.projectId(), null, null);
        if (form.titles.isEmpty()) {
            form.titles.add(new DatasetMetadata.Text(language, ""));
        }
        if (form.descriptions.isEmpty()) {
            form.descriptions.add(new DatasetMetadata.Text(language, ""));
        }
        if (form.creators.isEmpty()) {
            form.creators.add(new Agent(AgentKind.PERSON, null, null, null, null, null, null, null, null, null));
        }
        return form;
    }

    DatasetMetadata metadata() {
        List<String> words = keywords == null ? List.of()
                : Arrays.stream(keywords.split("[\\n,;]")).map(String::strip).filter(k -> !k.isEmpty()).toList();
        return new DatasetMetadata(titles, descriptions, creators, contributors, subjects, words, sdgs, dates, related, places,
                language, alternates, versionName, licence, projectId);
    }

    /** Whether a button asked for a row to be added or removed rather than the form saved. */
    boolean editsRows() {
        return add != null && !add.isBlank() || remove != null && !remove.isBlank();
    }

    /** The form with the row added ({@code add=creators}) or removed ({@code remove=creators:2}). */
    DepositForm withRows(String language) {
        if (add != null && GROUPS.contains(add)) {
            rows(add).add(blankRow(add, language));
        }
        if (remove != null && remove.matches("[a-z]+:\\d+")) {
            String[] parts = remove.split(":");
            List<Object> rows = GROUPS.contains(parts[0]) ? rows(parts[0]) : new ArrayList<>();
            int index = Integer.parseInt(parts[1]);
            if (index < rows.size()) {
                rows.remove(index);
            }
        }
        return new DepositForm(titles, descriptions, creators, contributors, subjects, keywords, sdgs, dates, related, places,
                language(), alternates, versionName, licence, projectId, null, null);
    }

    @SuppressWarnings("unchecked")
    private List<Object> rows(String group) {
        Supplier<List<?>> rows = switch (group) {
            case "titles" -> () -> titles;
            case "descriptions" -> () -> descriptions;
            case "creators" -> () -> creators;
            case "contributors" -> () -> contributors;
            case "subjects" -> () -> subjects;
            case "dates" -> () -> dates;
            case "related" -> () -> related;
            case "places" -> () -> places;
            default -> () -> alternates;
        };
        return (List<Object>) rows.get();
    }

    private static Object blankRow(String group, String language) {
        return switch (group) {
            case "titles", "descriptions" -> new DatasetMetadata.Text(language, "");
            case "creators", "contributors" -> new Agent(AgentKind.PERSON, null, null, null, null, null, null, null, null, null);
            case "subjects" -> new DatasetMetadata.Subject("", null);
            case "dates" -> new DatasetMetadata.Dated("", null);
            case "related" -> new DatasetMetadata.Related("", null, null);
            case "places" -> new DatasetMetadata.Place("", null, null);
            default -> new DatasetMetadata.Alternate("", "");
        };
    }
}
