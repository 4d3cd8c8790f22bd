package org.ansoplatform.platform.web;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IPostProcessorDialect;
import org.thymeleaf.engine.AbstractTemplateHandler;
import org.thymeleaf.model.ICloseElementTag;
import org.thymeleaf.model.IOpenElementTag;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.model.IStandaloneElementTag;
import org.thymeleaf.model.IText;
import org.thymeleaf.postprocessor.IPostProcessor;
import org.thymeleaf.postprocessor.PostProcessor;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Gives the layout’s {@code og:title} and {@code twitter:title} the page’s own {@code <title>}. Each of the 170
 * pages passes its title to the layout as a fragment, whose text the layout cannot read as a value; this runs on
 * the rendered output, where the title’s text is known before the meta elements that follow it. Only a meta
 * element whose {@code content} is empty and that is marked {@code data-title} is filled, so a page that sets its
 * own value keeps it.
 */
@Component
class TitleToMeta extends AbstractDialect implements IPostProcessorDialect {

    TitleToMeta() {
        super("anso-title-to-meta");
    }

    @Override
    public int getDialectPostProcessorPrecedence() {
        return 1000;
    }

    @Override
    public Set<IPostProcessor> getPostProcessors() {
        return Set.of(new PostProcessor(TemplateMode.HTML, Handler.class, 1000));
    }

    /** Remembers the first title’s text and writes it into the marked meta elements after it. */
    public static final class Handler extends AbstractTemplateHandler {

        private StringBuilder title;
        private String text;

        public Handler() {
            super();
        }

        @Override
        public void handleOpenElement(IOpenElementTag tag) {
            if (text == null && title == null && "title".equalsIgnoreCase(tag.getElementCompleteName())) {
                title = new StringBuilder();
            }
            super.handleOpenElement(filled(tag));
        }

        @Override
        public void handleText(IText chunk) {
            if (title != null) {
                title.append(chunk.getText());
            }
            super.handleText(chunk);
        }

        @Override
        public void handleCloseElement(ICloseElementTag tag) {
            if (title != null && "title".equalsIgnoreCase(tag.getElementCompleteName())) {
                text = title.toString().strip().replaceAll("\\s+", " ");
                title = null;
            }
            super.handleCloseElement(tag);
        }

        @Override
        public void handleStandaloneElement(IStandaloneElementTag tag) {
            super.handleStandaloneElement(filled(tag));
        }

        /** The title’s text is escaped as text already; in an attribute its quotes must be escaped too. */
        private <T extends IProcessableElementTag> T filled(T tag) {
            if (text == null || !"meta".equalsIgnoreCase(tag.getElementCompleteName()) || !tag.hasAttribute("data-title")) {
                return tag;
            }
            String content = tag.getAttributeValue("content");
            T done = getContext().getModelFactory().removeAttribute(tag, "data-title");
            if (content == null || content.isEmpty()) {
                done = getContext().getModelFactory().setAttribute(done, "content", text.replace("\"", "&quot;"));
            }
            return done;
        }
    }
}
