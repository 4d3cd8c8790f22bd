package org.ansoplatform.annualreport.editions;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.ansoplatform.annualreport.AnnualReportPaths;
import org.ansoplatform.annualreport.EditionStatus;
import org.ansoplatform.annualreport.EditionView;
import org.ansoplatform.shared.Reader;
import org.ansoplatform.shared.RecordRef;
import org.ansoplatform.shared.RecordSource;
import org.ansoplatform.shared.RecordView;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Editions as links (the Board's decision that froze one names it): a published edition is everyone's, at its year's
 * public page; a draft or an unpublished frozen edition is the Secretariat's, at the editor, and hidden from others.
 */
@Component
class EditionRecords implements RecordSource {

    private final EditionStore store;
    private final MessageSource messages;

    EditionRecords(EditionStore store, MessageSource messages) {
        this.store = store;
        this.messages = messages;
    }

    @Override
    public String module() {
        return AnnualReportPaths.MODULE;
    }

    @Override
    public Set<String> types() {
        return Set.of(AnnualReportPaths.EDITION);
    }

    @Override
    public Map<RecordRef, RecordView> describe(Collection<RecordRef> refs, Reader reader, Locale locale) {
        Map<RecordRef, RecordView> views = new HashMap<>();
        for (RecordRef ref : refs) {
            store.find(ref.id()).ifPresent(edition -> views.put(ref, view(ref, edition, reader, locale)));
        }
        return views;
    }

    private RecordView view(RecordRef ref, EditionView edition, Reader reader, Locale locale) {
        String title = messages.getMessage("annualreport.subject", new Object[] {String.valueOf(edition.year()),
                String.valueOf(edition.number())}, locale);
        if (edition.status() == EditionStatus.PUBLISHED) {
            return RecordView.of(ref, title, AnnualReportPaths.publicEdition(edition.year())).dated(edition.decidedOn(), null)
                    .illustrative(edition.illustrative());
        }
        return reader.hasRole("SECRETARIAT") ? RecordView.of(ref, title, AnnualReportPaths.editor(edition.year()))
                .illustrative(edition.illustrative()) : RecordView.hidden(ref);
    }
}
