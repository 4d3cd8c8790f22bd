package org.ansoplatform.review.reviewing;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.files.FileAccessRule;
import org.ansoplatform.files.StoredFile;
import org.ansoplatform.review.SubjectSource;
import org.ansoplatform.review.panels.Panel;
import org.ansoplatform.review.panels.PanelStore;
import org.ansoplatform.review.panels.SubjectSourceLookup;
import org.ansoplatform.review.reviewing.ReviewingStore.ReviewerRow;
import org.ansoplatform.review.reviewing.ReviewingStore.Slot;
import org.springframework.stereotype.Component;

/**
 * Reviewers read the documents of the subjects they are assigned to and not conflicted with, while the
 * panel is reviewing or closed, and only those its owner lists as visible (blind documents stay hidden).
 * They get them under neutral names, on every route: an uploader's file name can name the applicant.
 */
@Component
public class ReviewFileAccess implements FileAccessRule {

    private final ReviewingStore store;
    private final PanelStore panels;
    private final SubjectSourceLookup sources;
    private final AccessRefusals refusals;

    ReviewFileAccess(ReviewingStore store, PanelStore panels, SubjectSourceLookup sources, AccessRefusals refusals) {
        this.store = store;
        this.panels = panels;
        this.sources = sources;
        this.refusals = refusals;
    }

    @Override
    public Disclosure disclosure() {
        return Disclosure.NEUTRAL_NAME;
    }

    @Override
    public boolean mayRead(UUID personId, StoredFile file) {
        return personId != null && mayReadFile(personId, file.id());
    }

    /**
     * The person is an assigned, non-conflicted reviewer of a subject (in a panel that is reviewing or closed)
     * whose visible documents include the file. A conflicted reviewer asking for a document of that subject
     * is refused and recorded.
     */
    public boolean mayReadFile(UUID personId, UUID fileId) {
        Optional<ReviewerRow> reviewer = store.reviewerOfPerson(personId);
        if (reviewer.isEmpty()) {
            return false;
        }
        Map<UUID, Optional<Panel>> seen = new HashMap<>();
        Map<UUID, Optional<Set<UUID>>> holding = new HashMap<>();
        for (Slot slot : store.slots(reviewer.get().id())) {
            if (!(slot.assigned() || slot.conflicted())) {
                continue;
            }
            Panel panel = seen.computeIfAbsent(slot.panelId(), panels::find).orElse(null);
            if (panel == null || panel.inSetup()) {
                continue;
            }
            Optional<SubjectSource> source = sources.find(panel.scope().type());
            // one lookup per panel of the subjects that hold the file; only those are read in full
            Optional<Set<UUID>> withFile = holding.computeIfAbsent(panel.id(),
                    id -> source.flatMap(s -> s.subjectsWithFile(panel.scope().id(), fileId)));
            if (withFile.isPresent() && !withFile.get().contains(slot.subjectId())) {
                continue;
            }
            boolean listed = source.flatMap(s -> s.content(panel.scope().id(), slot.subjectId(), Locale.ENGLISH))
                    .map(content -> Blind.document(Blind.hide(content, panel.blindFields(), panel.doubleBlind()), fileId).isPresent())
                    .orElse(false);
            if (listed && slot.conflicted()) {
                refusals.record(slot.panelId(), slot.subjectId(), "document " + fileId);
                return false;
            }
            if (listed) {
                return true;
            }
        }
        return false;
    }
}
