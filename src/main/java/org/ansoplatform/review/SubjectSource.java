package org.ansoplatform.review;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.shared.LocalizedText;

/**
 * Implemented by a module whose records are reviewed (calls: the eligible submitted applications of a
 * call). One bean per scope type. The review module reads subjects through it and never imports the
 * owner.
 */
@org.springframework.modulith.NamedInterface("outcomes")
public interface SubjectSource {

    /** The scope type this source answers for, for example {@code call}. */
    String scopeType();

    /** Scopes a panel can be opened for, newest first. */
    List<ScopeSummary> scopes();

    Optional<ScopeSummary> scope(UUID scopeId);

    /** The subjects of a scope to review now, with the facts conflict checks and affinity need. */
    List<SubjectFacts> subjects(UUID scopeId);

    /**
     * Everything a reviewer may read of one subject, in the reader's language; the review module hides
     * the items and documents a panel declares blind. Empty when the subject is not in the scope.
     */
    Optional<SubjectContent> content(UUID scopeId, UUID subjectId, Locale locale);

    /**
     * The names of the people behind these subjects (the applicants), for lists that tell subjects apart by more
     * than a reference; read at once for a page of subjects. None by default: a source without people names none.
     */
    default java.util.Map<UUID, String> names(UUID scopeId, java.util.Collection<UUID> subjectIds) {
        return java.util.Map.of();
    }

    /**
     * Every key the content of the scope's subjects can carry (items and documents), in the reader's
     * language, whether or not a given subject answered it: the panel declares blind fields from these.
     * Empty when the source cannot tell; the panel then falls back to a subject's content.
     */
    default List<ContentKey> contentKeys(UUID scopeId, Locale locale) {
        return List.of();
    }

    /**
     * @param personal personal data (date of birth, telephone, identity documents) that says nothing of merit: a new
     *        panel hides it from reviewers until the Secretariat chooses to show it
     */
    record ContentKey(String key, String label, boolean personal) {

        public ContentKey(String key, String label) {
            this(key, label, false);
        }
    }

    /**
     * The subjects of the scope whose documents include the file, found with one cheap lookup, so that a
     * download is checked against the content of those subjects only; empty when the source cannot tell
     * (then the content of every subject the reader reviews is read).
     */
    default Optional<Set<UUID>> subjectsWithFile(UUID scopeId, UUID fileId) {
        return Optional.empty();
    }

    /**
     * @param tracks the scope's track codes (stored with each subject)
     * @param trackNames the name of each track code in every language, so that review pages show names, not codes
     */
    record ScopeSummary(ReviewScope scope, LocalizedText title, List<String> tracks, Map<String, LocalizedText> trackNames) {

        public ScopeSummary {
            tracks = List.copyOf(tracks);
            trackNames = Map.copyOf(trackNames);
        }

        public ScopeSummary(ReviewScope scope, LocalizedText title, List<String> tracks) {
            this(scope, title, tracks, Map.of());
        }

        /** The track's name in every language; the code itself when the source gave no name. */
        public LocalizedText trackName(String code) {
            return code == null ? null : trackNames.getOrDefault(code, LocalizedText.of(Map.of("en", code)));
        }
    }

    /**
     * @param label a neutral label safe to show on a blind list (for example the reference number)
     * @param institution the applicant's institution, for same-institution conflicts
     * @param organizationId the nominating member organization, if any
     * @param fields expertise field codes of the subject (reviewer vocabulary), best first
     * @param people names and addresses of people involved (applicant, referees), for declared relations
     */
    record SubjectFacts(ReviewSubject subject, String label, String track, String country, String institution,
            UUID organizationId, List<String> fields, Set<String> people) {

        public SubjectFacts {
            fields = List.copyOf(fields);
            people = Set.copyOf(people);
        }
    }

    record SubjectContent(String label, List<Item> items, List<Document> documents) {

        public SubjectContent {
            items = List.copyOf(items);
            documents = List.copyOf(documents);
        }

        /** One answer; key is stable (a form field key) so panels can declare it blind. */
        /** @param identifying the answer names a person (a double-blind panel hides it from reviewers) */
        public record Item(String key, String label, String value, boolean identifying) {

            public Item(String key, String label, String value) {
                this(key, label, value, false);
            }
        }

        public record Document(String key, String label, UUID fileId, String fileName) {
        }
    }
}
