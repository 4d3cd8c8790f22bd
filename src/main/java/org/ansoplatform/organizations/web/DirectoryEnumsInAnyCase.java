package org.ansoplatform.organizations.web;

import java.beans.PropertyEditorSupport;
import java.util.Locale;

import org.ansoplatform.organizations.OrganizationStatus;
import org.ansoplatform.organizations.OrganizationType;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * The directory's pages and API have always taken type and status in any case ({@code type=university}); Spring's
 * enum conversion wants the exact name. A name that is no constant stays a type mismatch of its field. (A candidate
 * for the platform: meetings.web has the same, MeetingEnumsInAnyCase.)
 */
@ControllerAdvice(basePackageClasses = DirectoryEnumsInAnyCase.class)
class DirectoryEnumsInAnyCase {

    @InitBinder
    void enumsInAnyCase(WebDataBinder binder) {
        binder.registerCustomEditor(OrganizationType.class, new Editor<>(OrganizationType.class));
        binder.registerCustomEditor(OrganizationStatus.class, new Editor<>(OrganizationStatus.class));
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
