package org.ansoplatform.identifiers;

import java.util.List;
import java.util.Objects;

import org.ansoplatform.shared.Doi;
import org.ansoplatform.shared.OrcidId;
import org.ansoplatform.shared.RorId;

/**
 * What DataCite Metadata Schema 4.7 says about one record, as the module that owns the record gives it. The
 * mandatory properties (identifier, creators, titles, publisher, publication year, resource type) are refused
 * when missing; every list may be empty. Language tags are BCP 47 ({@code en}, {@code zh-Hans}); a null
 * language leaves {@code xml:lang} out. The same value feeds the DataCite XML and every citation format.
 */
public record DataCiteMetadata(Doi identifier, List<Creator> creators, List<Title> titles, Publisher publisher,
        int publicationYear, ResourceType resourceType, List<Subject> subjects, List<Contributor> contributors,
        List<DateEntry> dates, String language, List<RelatedIdentifier> relatedIdentifiers, List<Rights> rights,
        List<Description> descriptions, List<GeoLocation> geoLocations, List<FundingReference> fundingReferences,
        String url, List<AlternateIdentifier> alternateIdentifiers, List<String> sizes, List<String> formats,
        String version, List<RelatedItem> relatedItems) {

    public DataCiteMetadata {
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(resourceType, "resourceType");
        if (creators == null || creators.isEmpty()) {
            throw new IllegalArgumentException("DataCite needs at least one creator");
        }
        if (titles == null || titles.isEmpty()) {
            throw new IllegalArgumentException("DataCite needs at least one title");
        }
        if (publicationYear < 1000 || publicationYear > 9999) {
            throw new IllegalArgumentException("Not a four-digit publication year: " + publicationYear);
        }
        creators = List.copyOf(creators);
        titles = List.copyOf(titles);
        subjects = copy(subjects);
        contributors = copy(contributors);
        dates = copy(dates);
        relatedIdentifiers = copy(relatedIdentifiers);
        rights = copy(rights);
        descriptions = copy(descriptions);
        geoLocations = copy(geoLocations);
        fundingReferences = copy(fundingReferences);
        alternateIdentifiers = copy(alternateIdentifiers);
        sizes = copy(sizes);
        formats = copy(formats);
        version = hasText(version) ? version.strip() : null;
        relatedItems = copy(relatedItems);
    }

    /** The record without the optional properties that only datasets use (alternate identifiers, sizes, ...). */
    public DataCiteMetadata(Doi identifier, List<Creator> creators, List<Title> titles, Publisher publisher,
            int publicationYear, ResourceType resourceType, List<Subject> subjects, List<Contributor> contributors,
            List<DateEntry> dates, String language, List<RelatedIdentifier> relatedIdentifiers, List<Rights> rights,
            List<Description> descriptions, List<GeoLocation> geoLocations, List<FundingReference> fundingReferences,
            String url) {
        this(identifier, creators, titles, publisher, publicationYear, resourceType, subjects, contributors, dates, language,
                relatedIdentifiers, rights, descriptions, geoLocations, fundingReferences, url, List.of(), List.of(), List.of(),
                null, List.of());
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** The minimal record: everything optional left empty; add the rest with the {@code with...} methods. */
    public static DataCiteMetadata of(Doi identifier, List<Creator> creators, Title title, Publisher publisher,
            int publicationYear, ResourceType resourceType) {
        return new DataCiteMetadata(identifier, creators, List.of(title), publisher, publicationYear, resourceType,
                List.of(), List.of(), List.of(), null, List.of(), List.of(), List.of(), List.of(), List.of(), null);
    }

    public DataCiteMetadata withIdentifier(Doi doi) {
        return new DataCiteMetadata(doi, creators, titles, publisher, publicationYear, resourceType, subjects, contributors,
                dates, language, relatedIdentifiers, rights, descriptions, geoLocations, fundingReferences, url,
                alternateIdentifiers, sizes, formats, version, relatedItems);
    }

    /** The same record with DataCite's optional properties for data: other identifiers, sizes, formats, version, items. */
    public DataCiteMetadata withDataProperties(List<AlternateIdentifier> alternates, List<String> sizeList,
            List<String> formatList, String versionName, List<RelatedItem> items) {
        return new DataCiteMetadata(identifier, creators, titles, publisher, publicationYear, resourceType, subjects, contributors,
                dates, language, relatedIdentifiers, rights, descriptions, geoLocations, fundingReferences, url,
                alternates, sizeList, formatList, versionName, items);
    }

    /** The landing page's address, which DataCite needs for a registered or findable DOI. */
    public DataCiteMetadata withUrl(String landingPage) {
        return new DataCiteMetadata(identifier, creators, titles, publisher, publicationYear, resourceType, subjects, contributors,
                dates, language, relatedIdentifiers, rights, descriptions, geoLocations, fundingReferences, landingPage,
                alternateIdentifiers, sizes, formats, version, relatedItems);
    }

    /** The main title: the first one without a title type. */
    public Title mainTitle() {
        return titles.stream().filter(title -> title.type() == null).findFirst().orElse(titles.get(0));
    }

    public enum NameType {
        PERSONAL("Personal"), ORGANIZATIONAL("Organizational");

        private final String xml;

        NameType(String xml) {
            this.xml = xml;
        }

        public String xml() {
            return xml;
        }
    }

    /** An affiliation, with its ROR id where it has one. */
    public record Affiliation(String name, RorId ror) {
        public Affiliation {
            requireText(name, "affiliation");
        }
    }

    /**
     * A person or an organization that made the resource. A person has a family and a given name (either may
     * be missing: many names have only one part) and an ORCID iD where known; an organization a ROR id.
     */
    public record Creator(NameType nameType, String name, String givenName, String familyName, String nameLanguage,
            OrcidId orcid, RorId ror, List<Affiliation> affiliations) {

        public Creator {
            Objects.requireNonNull(nameType, "nameType");
            requireText(name, "creator");
            affiliations = copy(affiliations);
        }

        /** A person; the name is written {@code Family, Given} as DataCite asks, or alone when one part is missing. */
        public static Creator person(String familyName, String givenName, OrcidId orcid, List<Affiliation> affiliations) {
            boolean both = hasText(familyName) && hasText(givenName);
            String name = both ? familyName.strip() + ", " + givenName.strip() : hasText(familyName) ? familyName.strip() : givenName;
            return new Creator(NameType.PERSONAL, name, blankToNull(givenName), blankToNull(familyName), null, orcid, null,
                    affiliations);
        }

        public static Creator organization(String name, RorId ror) {
            return new Creator(NameType.ORGANIZATIONAL, name, null, null, null, null, ror, List.of());
        }

        /** The language of the name as written (a Chinese name in Han characters: {@code zh}). */
        public Creator inLanguage(String language) {
            return new Creator(nameType, name, givenName, familyName, language, orcid, ror, affiliations);
        }
    }

    public record Title(String text, String language, TitleType type) {
        public Title {
            requireText(text, "title");
        }
    }

    /** The publisher, with its ROR id where it has one (schema 4.5+ {@code publisherIdentifier}). */
    public record Publisher(String name, RorId ror) {
        public Publisher {
            requireText(name, "publisher");
        }
    }

    /** The general type and, optionally, the owner's own name for it ({@code Conference report}). */
    public record ResourceType(ResourceTypeGeneral general, String name) {
        public ResourceType {
            Objects.requireNonNull(general, "resourceTypeGeneral");
        }
    }

    /** A subject: free text, or a term of a scheme (OECD FORD, say) with its scheme and address. */
    public record Subject(String text, String language, String scheme, String schemeUri, String valueUri) {
        public Subject {
            requireText(text, "subject");
        }
    }

    public record Contributor(ContributorType type, Creator name) {
        public Contributor {
            Objects.requireNonNull(type, "contributorType");
            Objects.requireNonNull(name, "contributor");
        }
    }

    /** A date or a range ({@code 2021-05-10/2021-05-12}) as RKMS-ISO8601, with its meaning. */
    public record DateEntry(String date, DateType type, String information) {
        public DateEntry {
            requireText(date, "date");
            Objects.requireNonNull(type, "dateType");
        }
    }

    public record RelatedIdentifier(String identifier, RelatedIdentifierType type, RelationType relation,
            ResourceTypeGeneral resourceTypeGeneral) {
        public RelatedIdentifier {
            requireText(identifier, "relatedIdentifier");
            Objects.requireNonNull(type, "relatedIdentifierType");
            Objects.requireNonNull(relation, "relationType");
        }
    }

    /** A licence or rights statement; {@code spdx} is the SPDX identifier ({@code CC-BY-4.0}) where it has one. */
    public record Rights(String text, String uri, String spdx, String language) {
        public Rights {
            requireText(text, "rights");
        }
    }

    public record Description(String text, DescriptionType type, String language) {
        public Description {
            requireText(text, "description");
            Objects.requireNonNull(type, "descriptionType");
        }
    }

    /** A place by name, a point, or both; latitude and longitude in decimal degrees. */
    public record GeoLocation(String place, Double latitude, Double longitude) {
        public GeoLocation {
            if ((latitude == null) != (longitude == null)) {
                throw new IllegalArgumentException("A point needs both latitude and longitude");
            }
            if (latitude != null && (Math.abs(latitude) > 90 || Math.abs(longitude) > 180)) {
                throw new IllegalArgumentException("Not a point on Earth: " + latitude + ", " + longitude);
            }
            if (!hasText(place) && latitude == null) {
                throw new IllegalArgumentException("A geo location needs a place or a point");
            }
        }
    }

    public record FundingReference(String funderName, String funderIdentifier, FunderIdentifierType funderIdentifierType,
            String awardNumber, String awardUri, String awardTitle) {
        public FundingReference {
            requireText(funderName, "funderName");
            if (funderIdentifier != null && funderIdentifierType == null) {
                throw new IllegalArgumentException("A funder identifier needs its type");
            }
        }

        public static FundingReference of(String funderName, RorId ror, String awardNumber, String awardTitle) {
            return new FundingReference(funderName, ror == null ? null : ror.url(), ror == null ? null : FunderIdentifierType.ROR,
                    awardNumber, null, awardTitle);
        }
    }

    /** Another identifier of the same resource (a local accession number, say) with its type. */
    public record AlternateIdentifier(String identifier, String type) {
        public AlternateIdentifier {
            requireText(identifier, "alternateIdentifier");
            requireText(type, "alternateIdentifierType");
        }
    }

    /**
     * A related resource described in place (DataCite 4.4+ {@code relatedItem}), for one that has no identifier of
     * its own or whose citation should travel with the record: its type, relation, identifier if any, title, year.
     */
    public record RelatedItem(ResourceTypeGeneral itemType, RelationType relation, String identifier,
            RelatedIdentifierType identifierType, String title, Integer publicationYear, String volume, String issue,
            String firstPage, String lastPage, String publisher) {
        public RelatedItem {
            Objects.requireNonNull(itemType, "relatedItemType");
            Objects.requireNonNull(relation, "relationType");
            if (identifier != null && identifierType == null) {
                throw new IllegalArgumentException("A related item's identifier needs its type");
            }
            if (identifier == null && !hasText(title)) {
                throw new IllegalArgumentException("A related item needs an identifier or a title");
            }
        }
    }

    static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    private static String blankToNull(String text) {
        return hasText(text) ? text.strip() : null;
    }

    private static void requireText(String text, String what) {
        if (!hasText(text)) {
            throw new IllegalArgumentException("DataCite needs a non-empty " + what);
        }
    }
}
