package org.ansoplatform.publications;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.shared.LocalizedText;

/**
 * An issue as its editors describe it: its number in the series, its date, texts per language, authors, keywords,
 * SDGs and links to other records ({@code module:type:id}). A null {@code accessPolicy} takes the series' default,
 * and empty reader lists the series' recipients.
 */
public record IssueCommand(int number, String label, LocalDate date, LocalizedText title, LocalizedText summary,
        List<Author> authors, List<String> keywords, List<Integer> sdgs, List<String> links, AccessPolicy accessPolicy,
        Boolean titlePublic, List<UUID> readerPeople, List<UUID> readerOrganizations) {

    public IssueCommand {
        authors = authors == null ? List.of() : List.copyOf(authors);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        sdgs = sdgs == null ? List.of() : List.copyOf(sdgs);
        links = links == null ? List.of() : List.copyOf(links);
        readerPeople = readerPeople == null ? List.of() : List.copyOf(readerPeople);
        readerOrganizations = readerOrganizations == null ? List.of() : List.copyOf(readerOrganizations);
    }

    /**
     * A person (with an ORCID iD where known) or an organization (with a ROR id, or from the directory by
     * {@code organizationId}); {@code affiliation} is a person's organization as written.
     */
    public record Author(String name, String orcid, String affiliation, boolean organization, String ror, UUID organizationId) {

        public static Author person(String name, String orcid, String affiliation) {
            return new Author(name, orcid, affiliation, false, null, null);
        }

        public static Author organization(String name, String ror, UUID organizationId) {
            return new Author(name, null, null, true, ror, organizationId);
        }
    }
}
