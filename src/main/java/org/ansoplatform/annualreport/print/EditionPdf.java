package org.ansoplatform.annualreport.print;

import java.util.Map;

import org.ansoplatform.annualreport.render.EditionModel;
import org.ansoplatform.platform.PdfRenderer;
import org.springframework.stereotype.Component;

/**
 * The print PDF of an edition in one language, from the same model and section fragments as the web edition:
 * cover, contents with page numbers, running headers, embedded fonts for every script, PDF/A (platform's
 * {@link PdfRenderer}).
 */
@Component
public class EditionPdf {

    private final PdfRenderer renderer;

    EditionPdf(PdfRenderer renderer) {
        this.renderer = renderer;
    }

    public byte[] render(EditionModel model) {
        return renderer.render("annualreport/print", Map.of("report", model), model.locale());
    }
}
