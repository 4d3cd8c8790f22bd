package org.ansoplatform.governance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.shared.RecordRef;
import org.springframework.stereotype.Component;

/** Other modules' records a decision can be about, gathered from every {@link DecisionSubjectSource} bean. */
@Component
class RecordSubjects {

    private final List<DecisionSubjectSource> sources;

    RecordSubjects(List<DecisionSubjectSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /** Other modules' records the body may decide now, by title. */
    List<DecisionSubject> offered(Body body, Locale locale) {
        List<DecisionSubject> offered = new ArrayList<>();
        sources.forEach(source -> source.subjects(locale).stream()
                .filter(s -> s.decidableBy(body) && s.ref().module().equals(source.module())).forEach(offered::add));
        offered.sort(Comparator.comparing(DecisionSubject::title, Comparator.nullsLast(Comparator.naturalOrder())));
        return offered;
    }

    /**
     * The source that offers {@code ref} to {@code body} now; refuses on {@code subjectRef} a record nobody offers
     * (unknown, decided already, or of a module without a source) and one only the other body decides.
     */
    DecisionSubjectSource sourceOf(RecordRef ref, Body body, Locale locale) {
        for (DecisionSubjectSource source : sources) {
            if (!source.module().equals(ref.module())) {
                continue;
            }
            Optional<DecisionSubject> subject = source.subject(ref, locale);
            if (subject.isPresent()) {
                if (!subject.get().decidableBy(body)) {
                    throw new InvalidInputException("subjectRef", "governance.error.recordOtherBody",
                            (body == Body.BOARD ? Body.ASSEMBLY : Body.BOARD).name());
                }
                return source;
            }
        }
        throw new InvalidInputException("subjectRef", "governance.error.recordNotOffered");
    }
}
