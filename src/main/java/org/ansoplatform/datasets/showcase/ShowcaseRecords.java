package org.ansoplatform.datasets.showcase;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.ansoplatform.datasets.DatasetsPaths;
import org.ansoplatform.shared.Reader;
import org.ansoplatform.shared.RecordRef;
import org.ansoplatform.shared.RecordSource;
import org.ansoplatform.shared.RecordView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Showcases as links for figures, search and other modules: a published one to everyone, a draft or withdrawn one to
 * the Secretariat and data curators only (linking to its management page).
 */
@Component
@Transactional(readOnly = true)
class ShowcaseRecords implements RecordSource {

    static final String MANAGE = "/curation/showcases";

    private final ShowcaseStore store;

    ShowcaseRecords(ShowcaseStore store) {
        this.store = store;
    }

    @Override
    public String module() {
        return DatasetsPaths.MODULE;
    }

    @Override
    public Set<String> types() {
        return Set.of(DatasetsPaths.SHOWCASE);
    }

    @Override
    public Map<RecordRef, RecordView> describe(Collection<RecordRef> refs, Reader reader, Locale locale) {
        Map<RecordRef, RecordView> views = new LinkedHashMap<>();
        boolean manager = reader.everything() || reader.hasRole("SECRETARIAT") || reader.hasRole("DATA_CURATOR");
        for (RecordRef ref : refs) {
            if (!ref.type().equals(DatasetsPaths.SHOWCASE)) {
                continue;
            }
            store.byId(ref.id()).ifPresent(s -> views.put(ref, s.published() || manager
                    ? RecordView.of(ref, s.title().in(locale), s.published() ? s.path() : MANAGE + "/" + s.id())
                    : RecordView.hidden(ref)));
        }
        return views;
    }
}
