package org.ansoplatform.publications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.shared.LocalizedText;

/** An issue as stored, with its recipients (when restricted) and its files. */
public record IssueView(UUID id, UUID seriesId, int number, String label, LocalDate date, LocalizedText title,
        LocalizedText summary, List<IssueCommand.Author> authors, List<String> keywords, List<Integer> sdgs, List<String> links,
        AccessPolicy accessPolicy, boolean titlePublic, IssueStatus status, String withdrawnReason, Instant publishedAt,
        boolean illustrative, List<UUID> readerPeople, List<UUID> readerOrganizations, List<IssueFile> files,
        Instant createdAt, Instant updatedAt) {

    public boolean published() {
        return status == IssueStatus.PUBLISHED;
    }

    public boolean isPublic() {
        return published() && accessPolicy == AccessPolicy.PUBLIC;
    }

    /** A file of the issue in one language; {@code text} is what search indexes of it. */
    public record IssueFile(UUID id, UUID fileId, String language, String name, String mediaType, long size, String text,
            Instant addedAt) {
    }
}
