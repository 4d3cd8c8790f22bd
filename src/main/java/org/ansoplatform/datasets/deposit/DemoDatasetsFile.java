package org.ansoplatform.datasets.deposit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.identifiers.DateType;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code demo/datasets/datasets.json}: the five datasets of the cooperation projects, read as records, and each made
 * into deposit metadata and files (CSV from its columns and rows, or a text). Everything in it is illustrative.
 */
record DemoDatasetsFile(String about, List<Entry> datasets) {

    static final String RESOURCE = "demo/datasets/datasets.json";
    private static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    DemoDatasetsFile {
        datasets = datasets == null ? List.of() : List.copyOf(datasets);
    }

    static DemoDatasetsFile load() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return JSON.readValue(in, DemoDatasetsFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Entry(String project, String creator, Map<String, String> title, Map<String, String> description,
            List<String> keywords, Subject subject, List<Integer> sdgs, List<Place> places, String collected,
            String published, String license, List<DemoFile> files, SecondVersion secondVersion) {

        String englishTitle() {
            return title.get("en");
        }

        /**
         * The deposit metadata: the lead institution as the creator (its directory id and ROR id when known), the
         * JSON's publication date kept as the DataCite Issued date (the platform publishes now), the collected range,
         * the project as funder.
         */
        DatasetMetadata metadata(String creatorName, String ror, UUID organizationId, UUID projectId, String note) {
            List<DatasetMetadata.Text> titles = texts(title, null);
            List<DatasetMetadata.Text> descriptions = texts(description, note);
            List<DatasetMetadata.Dated> dates = new ArrayList<>();
            if (collected != null) {
                dates.add(new DatasetMetadata.Dated(collected, DateType.COLLECTED));
            }
            if (published != null) {
                dates.add(new DatasetMetadata.Dated(published, DateType.ISSUED));
            }
            List<DatasetMetadata.Place> points = places == null ? List.of()
                    : places.stream().map(p -> new DatasetMetadata.Place(p.name(), p.lat(), p.lon())).toList();
            DatasetMetadata.Agent creator = new DatasetMetadata.Agent(DatasetMetadata.AgentKind.ORGANIZATION, null, null, null,
                    creatorName, ror, organizationId, null, null, null);
            return new DatasetMetadata(titles, descriptions, List.of(creator), List.of(),
                    subject == null ? List.of() : List.of(new DatasetMetadata.Subject(subject.text(), subject.scheme())),
                    keywords, sdgs, dates, List.of(), points, "en", List.of(), note == null ? "1.0" : "2.0", license, projectId);
        }

        private static List<DatasetMetadata.Text> texts(Map<String, String> byLanguage, String note) {
            List<DatasetMetadata.Text> texts = new ArrayList<>();
            for (String language : List.of("en", "zh", "ru", "es", "fr")) {
                String text = byLanguage == null ? null : byLanguage.get(language);
                if (text != null) {
                    texts.add(new DatasetMetadata.Text(language, note != null && language.equals("en") ? text + " " + note : text));
                }
            }
            return texts;
        }
    }

    record Subject(String text, String scheme, String uri, String value) {
    }

    record Place(String name, String country, Double lat, Double lon) {
    }

    record SecondVersion(String note, List<String> rows) {
    }

    /** A file: CSV from its columns and rows (with extra rows for a later version), or a plain text. */
    record DemoFile(String name, List<String> columns, List<String> rows, String text) {

        boolean csv() {
            return columns != null && !columns.isEmpty();
        }

        String content(List<String> extraRows) {
            if (!csv()) {
                return (text == null ? "" : text) + "\n";
            }
            StringBuilder out = new StringBuilder(String.join(",", columns)).append('\n');
            (rows == null ? List.<String>of() : rows).forEach(row -> out.append(row).append('\n'));
            extraRows.forEach(row -> out.append(row).append('\n'));
            return out.toString();
        }
    }
}
