package org.ansoplatform.publications.front.compose;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ansoplatform.platform.PdfRenderer;
import org.ansoplatform.platform.Records;
import org.ansoplatform.publications.front.FrontMarkup;
import org.ansoplatform.shared.Reader;
import org.ansoplatform.shared.RecordRef;
import org.ansoplatform.shared.RecordView;
import org.springframework.stereotype.Component;

/**
 * A composition's edition in one language, the web page's and the PDF's (one template pipeline as the platform's
 * other PDFs: {@link PdfRenderer}, PDF/A with embedded fonts for every script). Each pick is described through
 * {@code platform.Records} as the public would see it, so a record withdrawn or hidden since it was picked shows as
 * hidden (its title and text left out); a visible one shows its title, its owner's summary and the editor's text.
 */
@Component
public class CompositionEdition {

    public static final String PDF_TEMPLATE = "publications/front/composition-pdf";

    /** One pick as the edition shows it; {@code hidden}: the public may no longer see the record. */
    public record Item(Composition.Pick pick, int number, boolean hidden, String title, String summary, String text, String path,
            String url) {
    }

    public record Edition(Composition composition, Locale locale, String title, String editorial, List<Item> items) {

        public boolean hasHidden() {
            return items.stream().anyMatch(Item::hidden);
        }
    }

    private final Records records;
    private final CompositionCandidates candidates;
    private final PdfRenderer pdf;
    private final FrontMarkup markup;

    CompositionEdition(Records records, CompositionCandidates candidates, PdfRenderer pdf, FrontMarkup markup) {
        this.records = records;
        this.candidates = candidates;
        this.pdf = pdf;
        this.markup = markup;
    }

    public Edition of(Composition composition, Locale locale) {
        List<RecordRef> refs = composition.picks().stream().map(Composition.Pick::ref).toList();
        List<RecordView> views = records.describe(refs, Reader.anonymous(), locale);
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            Composition.Pick pick = composition.picks().get(i);
            RecordView view = views.get(i);
            if (!view.visible()) {
                items.add(new Item(pick, i + 1, true, null, null, null, null, null));
                continue;
            }
            String summary = candidates.find(composition.kind(), pick.ref()).map(c -> c.summary(locale)).orElse(null);
            String url = view.path() == null ? null : markup.baseUrl() + view.path();
            items.add(new Item(pick, i + 1, false, view.title(), summary, pick.text(locale), view.path(), url));
        }
        return new Edition(composition, locale, composition.title(locale), composition.editorial(locale), items);
    }

    /** The edition as a PDF in the language given. */
    public byte[] pdf(Composition composition, Locale locale) {
        Map<String, Object> model = new HashMap<>();
        model.put("edition", of(composition, locale));
        model.put("direction", org.ansoplatform.platform.Languages.direction(locale.getLanguage()));
        return pdf.render(PDF_TEMPLATE, model, locale);
    }
}
