package org.ansoplatform.calls.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.ansoplatform.calls.ApplicationForm;
import org.ansoplatform.calls.FieldType;
import org.ansoplatform.calls.FormField;
import org.ansoplatform.calls.FormSection;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.shared.LocalizedText;
import org.junit.jupiter.api.Test;

/** The form builder’s operations give a new form and leave the old one unchanged. */
class FormEditsTests {

    private static final ApplicationForm FORM = new ApplicationForm(List.of(
            new FormSection("about", LocalizedText.of("About you", "个人信息"), List.of(
                    field("name", FieldType.TEXT), choice("track", "PHD", "MASTER"), field("cv", FieldType.FILE))),
            new FormSection("study", LocalizedText.of("Study", "学习"), List.of(
                    field("proposal", FieldType.LONG_TEXT).withRequiredIf(new FormField.Condition("track", List.of("PHD")))))));

    @Test
    void sectionsAreAddedRenamedMovedAndRemoved() {
        ApplicationForm added = FormEdits.addSection(FORM, "funding", LocalizedText.of("Funding", "经费"));
        assertThat(added.sections()).extracting(FormSection::key).containsExactly("about", "study", "funding");
        assertThat(FORM.sections()).hasSize(2);
        assertThat(FormEdits.moveSection(added, "funding", FormEdits.Direction.UP).sections()).extracting(FormSection::key)
                .containsExactly("about", "funding", "study");
        assertThat(FormEdits.moveSection(added, "about", FormEdits.Direction.UP)).isEqualTo(added);
        assertThat(FormEdits.renameSection(added, "funding", LocalizedText.of("Money", "钱")).sections().get(2).title().get("en"))
                .isEqualTo("Money");
        assertThat(FormEdits.removeSection(added, "study").fields()).extracting(FormField::key).containsExactly("name", "track", "cv");
    }

    @Test
    void aSectionKeyMustBeNewAndWellFormedAndATitleGiven() {
        assertThatThrownBy(() -> FormEdits.addSection(FORM, "about", LocalizedText.of("Again", "再")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> assertThat(v.field() + " " + v.messageKey()).isEqualTo("sectionKey callbuilder.sectionTaken")));
        assertThatThrownBy(() -> FormEdits.addSection(FORM, "2 words", LocalizedText.of("X", "X")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().get(0).messageKey()).isEqualTo("callbuilder.badKey"));
        assertThatThrownBy(() -> FormEdits.addSection(FORM, "empty", LocalizedText.of(java.util.Map.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().get(0).field()).isEqualTo("sectionTitle"));
    }

    @Test
    void fieldsAreAddedAtTheEndOfTheirSectionWithANewKey() {
        ApplicationForm added = FormEdits.addField(FORM, "about", field("email", FieldType.EMAIL));
        assertThat(added.sections().get(0).fields()).extracting(FormField::key).containsExactly("name", "track", "cv", "email");
        assertThatThrownBy(() -> FormEdits.addField(FORM, "about", field("cv", FieldType.TEXT)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().get(0).field()).isEqualTo("newField.key"));
        assertThatThrownBy(() -> FormEdits.addField(FORM, "nowhere", field("x", FieldType.TEXT))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void fieldsMoveWithinTheirSectionAndAcrossItsEdges() {
        ApplicationForm up = FormEdits.moveField(FORM, "track", FormEdits.Direction.UP);
        assertThat(up.sections().get(0).fields()).extracting(FormField::key).containsExactly("track", "name", "cv");
        ApplicationForm across = FormEdits.moveField(FORM, "cv", FormEdits.Direction.DOWN);
        assertThat(across.sections().get(0).fields()).extracting(FormField::key).containsExactly("name", "track");
        assertThat(across.sections().get(1).fields()).extracting(FormField::key).containsExactly("cv", "proposal");
        ApplicationForm back = FormEdits.moveField(across, "cv", FormEdits.Direction.UP);
        assertThat(back).isEqualTo(FORM);
        assertThat(FormEdits.moveField(FORM, "name", FormEdits.Direction.UP)).isEqualTo(FORM);
    }

    @Test
    void aRenamedQuestionTakesTheConditionsThatNamedItAlong() {
        ApplicationForm renamed = FormEdits.replaceField(FORM, "track", choice("programme", "PHD", "MASTER"));
        assertThat(renamed.field("proposal").orElseThrow().requiredIf()).isEqualTo(new FormField.Condition("programme", List.of("PHD")));
        assertThat(renamed.sections().get(0).fields()).extracting(FormField::key).containsExactly("name", "programme", "cv");
        assertThatThrownBy(() -> FormEdits.replaceField(FORM, "track", choice("cv", "A")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().get(0).field()).isEqualTo("fields[track].key"));
    }

    @Test
    void fieldsAreRemovedOrHidden() {
        assertThat(FormEdits.removeField(FORM, "cv").fields()).extracting(FormField::key).containsExactly("name", "track", "proposal");
        ApplicationForm hidden = FormEdits.hideField(FORM, "cv", true);
        assertThat(hidden.field("cv").orElseThrow().hidden()).isTrue();
        assertThat(FormEdits.hideField(hidden, "cv", false)).isEqualTo(FORM);
        assertThatThrownBy(() -> FormEdits.removeField(FORM, "nothing")).isInstanceOf(InvalidInputException.class);
    }

    private static FormField field(String key, FieldType type) {
        return FormField.of(key, type, LocalizedText.of(key, key), false);
    }

    private static FormField choice(String key, String... values) {
        return new FormField(key, FieldType.SINGLE_CHOICE, LocalizedText.of(key, key), null, true, null,
                java.util.Arrays.stream(values).map(value -> new FormField.Option(value, LocalizedText.of(value, value))).toList(), null, null);
    }
}
