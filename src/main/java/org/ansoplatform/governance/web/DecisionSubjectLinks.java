package org.ansoplatform.governance.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.ansoplatform.governance.DecisionView;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.Records;
import org.ansoplatform.shared.RecordRef;
import org.ansoplatform.shared.RecordView;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The other modules' records that a list of decisions is about, as their owners describe them to the reader
 * ({@code platform.Records}): a title and a link where the reader may see the record, nothing where not.
 */
@Component
class DecisionSubjectLinks {

    private final Records records;
    private final CurrentActor currentActor;

    DecisionSubjectLinks(Records records, CurrentActor currentActor) {
        this.records = records;
        this.currentActor = currentActor;
    }

    /** The visible records by reference; a decision whose record is missing here shows no link. */
    Map<RecordRef, RecordView> of(List<DecisionView> decisions) {
        List<RecordRef> refs = decisions.stream().map(DecisionView::subjectRef).filter(Objects::nonNull).distinct().toList();
        Map<RecordRef, RecordView> visible = new HashMap<>();
        if (!refs.isEmpty()) {
            records.describe(refs, currentActor.reader(), LocaleContextHolder.getLocale()).stream()
                    .filter(RecordView::visible).forEach(view -> visible.put(view.ref(), view));
        }
        return visible;
    }
}
