package org.ansoplatform.organizations;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.ansoplatform.shared.RecordRef;
import org.ansoplatform.shared.RecordSource;
import org.ansoplatform.shared.RecordView;
import org.ansoplatform.shared.Reader;
import org.springframework.stereotype.Component;

/** Directory entries as links: the directory is public, so every reader sees every entry's name and page. */
@Component
class OrganizationRecords implements RecordSource {

    private final OrganizationFigureQueries queries;

    OrganizationRecords(OrganizationFigureQueries queries) {
        this.queries = queries;
    }

    @Override
    public String module() {
        return OrganizationFigures.MODULE;
    }

    @Override
    public Set<String> types() {
        return Set.of(OrganizationFigures.TYPE);
    }

    @Override
    public Map<RecordRef, RecordView> describe(Collection<RecordRef> refs, Reader reader, Locale locale) {
        Map<RecordRef, RecordView> views = new HashMap<>();
        var ids = refs.stream().filter(ref -> ref.is(module(), OrganizationFigures.TYPE)).map(RecordRef::id).toList();
        for (OrganizationFigureQueries.Entry entry : queries.names(ids)) {
            RecordRef ref = RecordRef.of(module(), OrganizationFigures.TYPE, entry.id());
            views.put(ref, RecordView.of(ref, entry.name(), "/directory/" + entry.id()).illustrative(entry.illustrative()));
        }
        return views;
    }
}
