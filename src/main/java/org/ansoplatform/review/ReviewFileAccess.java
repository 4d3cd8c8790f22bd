package org.ansoplatform.review;

import java.util.UUID;

import org.ansoplatform.files.FileAccessRule;
import org.ansoplatform.files.StoredFile;
import org.springframework.stereotype.Component;

/**
 * Reviewers read the documents of the subjects they are assigned to and not conflicted with, while the
 * panel is reviewing or closed, and only those its owner lists as visible (blind documents stay hidden).
 */
@Component
class ReviewFileAccess implements FileAccessRule {

    private final Reviews reviews;

    ReviewFileAccess(Reviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public boolean mayRead(UUID personId, StoredFile file) {
        return personId != null && reviews.mayReadFile(personId, file.id());
    }
}
