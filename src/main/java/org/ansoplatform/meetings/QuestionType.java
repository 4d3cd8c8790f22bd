package org.ansoplatform.meetings;

/**
 * The kinds of registration question, as pretix and Indico offer them: a line of text, a longer text, one of
 * several options, or any of several options.
 */
public enum QuestionType {
    SHORT_TEXT, LONG_TEXT, CHOICE, CHECKBOXES;

    public boolean hasOptions() {
        return this == CHOICE || this == CHECKBOXES;
    }
}
