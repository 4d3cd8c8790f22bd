package org.ansoplatform.platform.web;

import java.util.Arrays;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractElementTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.spring6.util.FieldUtils;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Ties every field of a refused form to its message, in every form at once (decision 114): an input, select or
 * textarea inside a {@code th:object} form whose {@code name} has an error gets {@code aria-invalid="true"} and
 * {@code aria-describedby} naming the message that {@code fragments/forms :: error(name)} writes
 * ({@code <small id="name-error">}), after any hint it already names. Screen readers then read the message
 * with the field, without JavaScript. A field whose messages are filed under another name (a document's file
 * input, posted as {@code file}) names it in {@code data-errors-for}. Its precedence puts it after the standard dialect, so the name that
 * {@code th:field} or {@code th:name} writes is there to read.
 */
@Component
class FieldErrorLinks extends AbstractProcessorDialect {

    private static final Set<String> NOT_FIELDS = Set.of("hidden", "submit", "button", "reset", "image");

    FieldErrorLinks() {
        super("Field error links", "anso", 2000);
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        return Set.of(new Linker(dialectPrefix, "input"), new Linker(dialectPrefix, "select"), new Linker(dialectPrefix, "textarea"));
    }

    private static final class Linker extends AbstractElementTagProcessor {

        Linker(String dialectPrefix, String element) {
            super(TemplateMode.HTML, dialectPrefix, element, false, null, false, 10_000);
        }

        @Override
        protected void doProcess(ITemplateContext context, IProcessableElementTag tag, IElementTagStructureHandler structure) {
            String name = tag.hasAttribute("data-errors-for") ? tag.getAttributeValue("data-errors-for") : tag.getAttributeValue("name");
            String type = tag.getAttributeValue("type");
            if (name == null || name.isBlank() || (type != null && NOT_FIELDS.contains(type.toLowerCase()))
                    || !context.hasSelectionTarget() || !hasErrors(context, name)) {
                return;
            }
            structure.setAttribute("aria-invalid", "true");
            String message = name + "-error";
            String describedBy = tag.getAttributeValue("aria-describedby");
            if (describedBy == null || describedBy.isBlank()) {
                structure.setAttribute("aria-describedby", message);
            } else if (Arrays.stream(describedBy.trim().split("\\s+")).noneMatch(message::equals)) {
                structure.setAttribute("aria-describedby", describedBy.trim() + " " + message);
            }
        }

        /** A name the form's object does not know (a search box inside a form) simply has no errors. */
        private static boolean hasErrors(ITemplateContext context, String name) {
            try {
                return FieldUtils.hasErrors(context, name);
            } catch (RuntimeException notAField) {
                return false;
            }
        }
    }
}
