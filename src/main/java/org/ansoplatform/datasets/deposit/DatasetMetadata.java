package org.ansoplatform.datasets.deposit;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.ansoplatform.identifiers.ContributorType;
import org.ansoplatform.identifiers.DateType;
import org.ansoplatform.identifiers.RelatedIdentifierType;
import org.ansoplatform.identifiers.RelationType;

/**
 * A version's metadata as its depositor types it and as it is stored (jsonb, decision 218): DataCite 4.7's
 * properties in plain values, so that an unfinished draft can be saved; {@link DatasetDataCite} makes the typed
 * {@code DataCiteMetadata} of it on publication. Sizes and formats are not typed: they are computed from the files.
 */
public record DatasetMetadata(List<Text> titles, List<Text> descriptions, List<Agent> creators, List<Agent> contributors,
        List<Subject> subjects, List<String> keywords, List<Integer> sdgs, List<Dated> dates, List<Related> related,
        List<Place> places, String language, List<Alternate> alternates, String versionName, String licence,
        UUID projectId) {

    public DatasetMetadata {
        titles = copy(titles);
        descriptions = copy(descriptions);
        creators = copy(creators);
        contributors = copy(contributors);
        subjects = copy(subjects);
        keywords = copy(keywords);
        sdgs = copy(sdgs);
        dates = copy(dates);
        related = copy(related);
        places = copy(places);
        alternates = copy(alternates);
    }

    public static DatasetMetadata empty() {
        return new DatasetMetadata(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : list.stream().filter(java.util.Objects::nonNull).toList();
    }

    /** The title in the language given, else the first. */
    public String title(String language) {
        return titles.stream().filter(t -> language.equals(t.language())).map(Text::text).findFirst()
                .orElse(titles.isEmpty() ? "" : titles.get(0).text());
    }

    public String description(String language) {
        return descriptions.stream().filter(t -> language.equals(t.language())).map(Text::text).findFirst()
                .orElse(descriptions.isEmpty() ? "" : descriptions.get(0).text());
    }

    public DatasetMetadata withVersionName(String name) {
        return new DatasetMetadata(titles, descriptions, creators, contributors, subjects, keywords, sdgs, dates, related,
                places, language, alternates, name, licence, projectId);
    }

    /** A text in one language (BCP 47 tag of a configured language). */
    public record Text(String language, String text) {
    }

    /** How an agent is named: a person or an organization. */
    public enum AgentKind {
        PERSON, ORGANIZATION
    }

    /**
     * A creator or contributor: a person (family and given names, ORCID iD) or an organization (name, ROR id, the
     * directory's organization when chosen from it); a person's affiliation with its ROR id. {@code role} is the
     * contributor's DataCite type (creators have none).
     */
    public record Agent(AgentKind kind, String familyName, String givenName, String orcid, String name, String ror,
            UUID organizationId, String affiliation, String affiliationRor, ContributorType role) {

        public boolean organization() {
            return kind == AgentKind.ORGANIZATION;
        }

        /** The name as written in a list: an organization's, or a person's family and given names. */
        public String display() {
            if (organization()) {
                return name == null ? "" : name;
            }
            return (familyName == null ? "" : familyName) + (givenName == null ? "" : (familyName == null ? "" : ", ") + givenName);
        }
    }

    /** A subject, free or from a scheme (OECD FORD, say). */
    public record Subject(String text, String scheme) {
    }

    /** A date or range (RKMS-ISO8601) with its type. */
    public record Dated(String date, DateType type) {
    }

    @Schema(name = "DatasetRelated")
    public record Related(String identifier, RelatedIdentifierType type, RelationType relation) {
    }

    /**
     * A place named, a point, or both; {@code country} its ISO 3166-1 alpha-2 code when given (DataCite has no country
     * element: it feeds the {@code country:} OAI sets, search's countries and JSON-LD's spatial coverage).
     */
    public record Place(String place, Double latitude, Double longitude, String country) {

        public Place(String place, Double latitude, Double longitude) {
            this(place, latitude, longitude, null);
        }
    }

    public record Alternate(String identifier, String type) {
    }
}
