package org.ansoplatform.review.reviewing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.ansoplatform.review.SubjectSource.SubjectContent;
import org.junit.jupiter.api.Test;

class BlindTests {

    @Test
    void blindFieldsHideItemsAndDocuments() {
        SubjectContent content = new SubjectContent("X-1",
                List.of(new SubjectContent.Item("name", "Name", "Amina"), new SubjectContent.Item("proposal", "Proposal", "Soil")),
                List.of(new SubjectContent.Document("cv", "CV", java.util.UUID.randomUUID(), "cv.pdf"),
                        new SubjectContent.Document("passport", "Passport", java.util.UUID.randomUUID(), "p.pdf")));
        SubjectContent visible = Blind.hide(content, List.of("name", "passport"));
        assertThat(visible.items()).extracting(SubjectContent.Item::key).containsExactly("proposal");
        assertThat(visible.documents()).extracting(SubjectContent.Document::key).containsExactly("cv");
        assertThat(Blind.document(visible, content.documents().get(1).fileId())).isEmpty();
        assertThat(Blind.document(visible, content.documents().get(0).fileId())).isPresent();
    }

    @Test
    void aDoubleBlindPanelHidesEveryAnswerThatNamesAPerson() {
        SubjectContent content = new SubjectContent("X-2",
                List.of(new SubjectContent.Item("pi", "Principal investigator", "Dr Aigul Sydykova", true),
                        new SubjectContent.Item("proposal", "Proposal", "Water stations", false)),
                List.of());
        assertThat(Blind.hide(content, List.of(), true).items()).extracting(SubjectContent.Item::key).containsExactly("proposal");
        assertThat(Blind.hide(content, List.of(), false).items()).extracting(SubjectContent.Item::key).containsExactly("pi", "proposal");
    }
}
