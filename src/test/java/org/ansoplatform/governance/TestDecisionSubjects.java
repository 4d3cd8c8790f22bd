package org.ansoplatform.governance;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.shared.RecordRef;
import org.ansoplatform.shared.RecordSource;
import org.ansoplatform.shared.RecordView;
import org.ansoplatform.shared.Reader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A module that exists only in the tests ({@code testrecords}), whose records the Board or the Assembly decides, as
 * finance's budget plans will be: it proves {@link DecisionSubjectSource} before the first real user. Its records
 * live in memory; a decision's effect is kept only when the decision's transaction commits, so a test sees exactly
 * what a module writing to its own tables would see. A component of the test classpath, as review's
 * {@code TestSubjects} is, so the shared test context stays one.
 */
@Component
public class TestDecisionSubjects implements DecisionSubjectSource, RecordSource {

    static final String MODULE = "testrecords";

    /** How a test record answers a decision about it. */
    enum Behaviour { ACCEPTS, REFUSES, FAILS }

    record Subject(RecordRef ref, String title, Set<Body> bodies, Behaviour behaviour, DecisionTaken decided) {
    }

    private final Map<RecordRef, Subject> subjects = new ConcurrentHashMap<>();

    RecordRef add(String title, Set<Body> bodies, Behaviour behaviour) {
        RecordRef ref = RecordRef.of(MODULE, "plan", UUID.randomUUID());
        subjects.put(ref, new Subject(ref, title, bodies, behaviour, null));
        return ref;
    }

    /** The decision applied to the record, once its transaction committed. */
    Optional<DecisionTaken> decided(RecordRef ref) {
        return Optional.ofNullable(subjects.get(ref)).map(Subject::decided);
    }

    void clear() {
        subjects.clear();
    }

    @Override
    public String module() {
        return MODULE;
    }

    @Override
    public List<DecisionSubject> subjects(Locale locale) {
        return subjects.values().stream().filter(s -> s.decided() == null).map(TestDecisionSubjects::subject).toList();
    }

    @Override
    public Optional<DecisionSubject> subject(RecordRef ref, Locale locale) {
        return Optional.ofNullable(subjects.get(ref)).filter(s -> s.decided() == null).map(TestDecisionSubjects::subject);
    }

    @Override
    public void apply(RecordRef ref, DecisionTaken decision) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("applied outside the decision's transaction");
        }
        Subject subject = subjects.get(ref);
        switch (subject.behaviour()) {
            case REFUSES -> throw new InvalidInputException("subjectRef", "governance.error.recordNotOffered");
            case FAILS -> throw new IllegalStateException("the test record could not be changed");
            default -> TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    subjects.computeIfPresent(ref, (key, s) -> new Subject(key, s.title(), s.bodies(), s.behaviour(), decision));
                }
            });
        }
    }

    @Override
    public Set<String> types() {
        return Set.of("plan");
    }

    @Override
    public Map<RecordRef, RecordView> describe(Collection<RecordRef> refs, Reader reader, Locale locale) {
        return refs.stream().filter(subjects::containsKey)
                .map(ref -> RecordView.of(ref, subjects.get(ref).title(), "/test-records/" + ref.id()))
                .collect(Collectors.toMap(RecordView::ref, Function.identity()));
    }

    private static DecisionSubject subject(Subject s) {
        return new DecisionSubject(s.ref(), s.title(), s.bodies());
    }
}
