package org.ansoplatform.datasets.deposit;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.datasets.DatasetsPaths;
import org.ansoplatform.shared.Reader;
import org.ansoplatform.shared.RecordRef;
import org.ansoplatform.shared.RecordSource;
import org.ansoplatform.shared.RecordView;
import org.springframework.stereotype.Component;

/**
 * Datasets and versions for {@code platform.Records}: a published (or withdrawn) one is anyone's, titled and linked to
 * its landing page; an unpublished one only its depositor's and the curators' (linked to their pages), hidden otherwise.
 */
@Component
class DatasetRecords implements RecordSource {

    private final DatasetQueries queries;

    DatasetRecords(DatasetQueries queries) {
        this.queries = queries;
    }

    @Override
    public String module() {
        return DatasetsPaths.MODULE;
    }

    @Override
    public Set<String> types() {
        return Set.of(DatasetsPaths.DATASET, DatasetsPaths.VERSION);
    }

    @Override
    public Map<RecordRef, RecordView> describe(Collection<RecordRef> refs, Reader reader, Locale locale) {
        Map<RecordRef, RecordView> views = new HashMap<>();
        for (RecordRef ref : refs) {
            if (DatasetsPaths.DATASET.equals(ref.type())) {
                List<VersionView> versions = queries.versions(ref.id());
                versions.stream().filter(VersionView::published).findFirst()
                        .or(() -> versions.stream().findFirst())
                        .ifPresent(v -> views.put(ref, view(ref, v, reader, locale, DatasetsPaths.dataset(v.datasetId()))));
            }
        }
        List<UUID> versionIds = refs.stream().filter(r -> DatasetsPaths.VERSION.equals(r.type())).map(RecordRef::id).toList();
        queries.versionsById(versionIds).forEach(v -> {
            RecordRef ref = DatasetPublishing.versionRef(v.id());
            views.put(ref, view(ref, v, reader, locale, v.path()));
        });
        return views;
    }

    private static RecordView view(RecordRef ref, VersionView v, Reader reader, Locale locale, String publicPath) {
        String title = v.title(locale.getLanguage()) + " (v" + v.number() + ")";
        if (v.public_()) {
            return RecordView.of(ref, title, publicPath);
        }
        if (reader.everything() || reader.hasRole(CurationManagement.CURATOR)) {
            return RecordView.of(ref, title, DatasetAddresses.curation(v.id()));
        }
        if (reader.signedIn() && v.depositorId().equals(reader.personId())) {
            return RecordView.of(ref, title, DatasetAddresses.mine(v.datasetId()));
        }
        return RecordView.hidden(ref);
    }
}
