package org.ansoplatform.review.reviewing;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.review.SubjectSource.SubjectContent;

/**
 * Hides what a panel declares blind: items and documents whose key is listed, and on a double-blind panel every
 * answer that names a person, whatever the Secretariat ticked.
 */
final class Blind {

    private Blind() {
    }

    static SubjectContent hide(SubjectContent content, Collection<String> blindFields) {
        return hide(content, blindFields, false);
    }

    static SubjectContent hide(SubjectContent content, Collection<String> blindFields, boolean doubleBlind) {
        return new SubjectContent(content.label(),
                content.items().stream().filter(item -> !blindFields.contains(item.key()) && !(doubleBlind && item.identifying())).toList(),
                content.documents().stream().filter(document -> !blindFields.contains(document.key())).toList());
    }

    static Optional<SubjectContent.Document> document(SubjectContent visible, UUID fileId) {
        return visible.documents().stream().filter(document -> fileId.equals(document.fileId())).findFirst();
    }
}
