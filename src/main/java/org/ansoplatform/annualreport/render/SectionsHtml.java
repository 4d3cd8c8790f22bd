package org.ansoplatform.annualreport.render;

import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * An edition's sections as HTML, from the same fragments the web page and the PDF include
 * ({@code annualreport/sections :: sections}): what freezing stores as the frozen page, served as it is.
 */
@Component
public class SectionsHtml {

    private final ITemplateEngine templates;

    SectionsHtml(ITemplateEngine templates) {
        this.templates = templates;
    }

    public String html(EditionModel model) {
        return templates.process("annualreport/sections", Set.of("sections"), new Context(model.locale(), Map.of("report", model)));
    }
}
