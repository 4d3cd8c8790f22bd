package org.ansoplatform.review.reviewing;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.review.SubjectSource.SubjectContent;

/** Hides what a panel declares blind: items and documents whose key is listed. */
final class Blind {

    private Blind() {
    }

    static SubjectContent hide(SubjectContent content, Collection<String> blindFields) {
        return new SubjectContent(content.label(),
                content.items().stream().filter(item -> !blindFields.contains(item.key())).toList(),
                content.documents().stream().filter(document -> !blindFields.contains(document.key())).toList());
    }

    static Optional<SubjectContent.Document> document(SubjectContent visible, UUID fileId) {
        return visible.documents().stream().filter(document -> fileId.equals(document.fileId())).findFirst();
    }
}
