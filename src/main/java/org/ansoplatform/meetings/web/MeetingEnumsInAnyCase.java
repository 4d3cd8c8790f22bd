package org.ansoplatform.meetings.web;

import java.beans.PropertyEditorSupport;
import java.util.Locale;

import org.ansoplatform.meetings.Gender;
import org.ansoplatform.meetings.MeetingKind;
import org.ansoplatform.meetings.MeetingMode;
import org.ansoplatform.meetings.ParticipantRole;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * The meetings pages and API have always taken kinds, modes, roles and genders in any case ({@code kind=workshop} in a
 * filter, {@code role=trainee} in the registration form); Spring's enum conversion wants the exact name. A name that is
 * no constant stays a type mismatch of its field. (A candidate for the platform: organizations.web has the same, DirectoryEnumsInAnyCase.)
 */
@ControllerAdvice(basePackageClasses = MeetingEnumsInAnyCase.class)
class MeetingEnumsInAnyCase {

    @InitBinder
    void enumsInAnyCase(WebDataBinder binder) {
        binder.registerCustomEditor(MeetingKind.class, new Editor<>(MeetingKind.class));
        binder.registerCustomEditor(MeetingMode.class, new Editor<>(MeetingMode.class));
        binder.registerCustomEditor(ParticipantRole.class, new Editor<>(ParticipantRole.class));
        binder.registerCustomEditor(Gender.class, new Editor<>(Gender.class));
    }

    /** An enum constant from its name in any case, surrounding blanks ignored; blank is none. */
    static final class Editor<E extends Enum<E>> extends PropertyEditorSupport {

        private final Class<E> type;

        Editor(Class<E> type) {
            this.type = type;
        }

        @Override
        public void setAsText(String text) {
            setValue(text == null || text.isBlank() ? null : Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT)));
        }

        @Override
        public String getAsText() {
            return getValue() == null ? "" : ((Enum<?>) getValue()).name();
        }
    }
}
