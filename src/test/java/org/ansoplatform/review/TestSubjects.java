package org.ansoplatform.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.ansoplatform.shared.LocalizedText;
import org.springframework.stereotype.Component;

/**
 * A subject source for the review tests (scope type {@code test}): each test registers a scope with the
 * subjects it needs. A component of the test classpath, so the shared test context stays one.
 */
@Component
public class TestSubjects implements SubjectSource {

    public static final String TYPE = "test";
    private final Map<UUID, List<SubjectFacts>> scopes = new ConcurrentHashMap<>();

    public UUID scope(List<SubjectFacts> subjects) {
        UUID id = UUID.randomUUID();
        scopes.put(id, new ArrayList<>(subjects));
        return id;
    }

    public void replace(UUID scopeId, List<SubjectFacts> subjects) {
        scopes.put(scopeId, new ArrayList<>(subjects));
    }

    public static SubjectFacts subject(String label, String country, String institution, UUID organization, List<String> fields,
            String... people) {
        return new SubjectFacts(new ReviewSubject("test-subject", UUID.randomUUID()), label, "PHD", country, institution, organization,
                fields, Set.of(people));
    }

    @Override
    public String scopeType() {
        return TYPE;
    }

    @Override
    public List<ScopeSummary> scopes() {
        return scopes.keySet().stream().map(id -> summary(id)).toList();
    }

    private static ScopeSummary summary(UUID id) {
        return new ScopeSummary(new ReviewScope(TYPE, id), LocalizedText.of("Test scope " + id, "测试 " + id), List.of("PHD"),
                Map.of("PHD", LocalizedText.of("Doctoral track", "博士项目")));
    }

    @Override
    public Optional<ScopeSummary> scope(UUID scopeId) {
        return scopes.containsKey(scopeId) ? Optional.of(summary(scopeId)) : Optional.empty();
    }

    @Override
    public List<SubjectFacts> subjects(UUID scopeId) {
        return scopes.getOrDefault(scopeId, List.of());
    }

    private final Map<UUID, List<SubjectContent.Document>> documents = new ConcurrentHashMap<>();
    private final Map<UUID, java.util.concurrent.atomic.AtomicInteger> reads = new ConcurrentHashMap<>();

    /** Gives a subject a document (a file the review module may let its reviewers read). */
    public void document(UUID subjectId, String key, UUID fileId) {
        documents.computeIfAbsent(subjectId, id -> new java.util.concurrent.CopyOnWriteArrayList<>())
                .add(new SubjectContent.Document(key, key, fileId, key + ".pdf"));
    }

    /** How often the content of the scope's subjects was read. */
    public int reads(UUID scopeId) {
        return reads.getOrDefault(scopeId, new java.util.concurrent.atomic.AtomicInteger()).get();
    }

    @Override
    public Optional<SubjectContent> content(UUID scopeId, UUID subjectId, Locale locale) {
        reads.computeIfAbsent(scopeId, id -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
        return subjects(scopeId).stream().filter(s -> s.subject().id().equals(subjectId)).findFirst()
                .map(s -> new SubjectContent(s.label(), List.of(new SubjectContent.Item("name", "Name", String.join(" / ", s.people())),
                        new SubjectContent.Item("country", "Country", s.country()),
                        new SubjectContent.Item("institution", "Institution", s.institution())),
                        documents.getOrDefault(subjectId, List.of())));
    }

    private final Map<UUID, java.util.concurrent.atomic.AtomicInteger> nameReads = new ConcurrentHashMap<>();

    /** How often the names of the scope's subjects were asked for (once per page of a list, never per row). */
    public int nameReads(UUID scopeId) {
        return nameReads.getOrDefault(scopeId, new java.util.concurrent.atomic.AtomicInteger()).get();
    }

    @Override
    public Map<UUID, String> names(UUID scopeId, java.util.Collection<UUID> subjectIds) {
        nameReads.computeIfAbsent(scopeId, id -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
        Map<UUID, String> names = new java.util.HashMap<>();
        subjects(scopeId).stream().filter(s -> subjectIds.contains(s.subject().id()))
                .forEach(s -> names.put(s.subject().id(), String.join(" / ", new java.util.TreeSet<>(s.people()))));
        return names;
    }

    @Override
    public Optional<Set<UUID>> subjectsWithFile(UUID scopeId, UUID fileId) {
        return Optional.of(subjects(scopeId).stream().map(s -> s.subject().id())
                .filter(id -> documents.getOrDefault(id, List.of()).stream().anyMatch(d -> d.fileId().equals(fileId)))
                .collect(java.util.stream.Collectors.toSet()));
    }
}
