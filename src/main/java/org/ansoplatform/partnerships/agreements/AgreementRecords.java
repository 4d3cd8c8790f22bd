package org.ansoplatform.partnerships.agreements;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.shared.Reader;
import org.ansoplatform.shared.RecordRef;
import org.ansoplatform.shared.RecordSource;
import org.ansoplatform.shared.RecordView;
import org.springframework.stereotype.Component;

/**
 * Agreements as links for any module (a Board decision, figures, the activity log): the Secretariat and the Board see
 * every one, linking to its page; everyone else sees a signed agreement that is not confidential, linking to its
 * place on the public partners page, and nothing of the others.
 */
@Component
class AgreementRecords implements RecordSource {

    static final Set<String> READERS = Set.of("SECRETARIAT", "BOARD_MEMBER");

    private final AgreementQueries queries;

    AgreementRecords(AgreementQueries queries) {
        this.queries = queries;
    }

    @Override
    public String module() {
        return AgreementQueries.MODULE;
    }

    @Override
    public Set<String> types() {
        return Set.of(AgreementQueries.TYPE);
    }

    @Override
    public Map<RecordRef, RecordView> describe(Collection<RecordRef> refs, Reader reader, Locale locale) {
        boolean staff = reader.everything() || READERS.stream().anyMatch(reader::hasRole);
        Map<RecordRef, RecordView> views = new HashMap<>();
        List<UUID> ids = refs.stream().filter(ref -> ref.is(AgreementQueries.MODULE, AgreementQueries.TYPE))
                .map(RecordRef::id).distinct().toList();
        for (AgreementView a : queries.byIds(ids)) {
            RecordRef ref = a.ref();
            views.put(ref, staff
                    ? RecordView.of(ref, a.title(locale), AgreementPaths.agreement(a.id()))
                    : AgreementVisibility.isPublic(a)
                            ? RecordView.of(ref, a.title(locale), AgreementPaths.PARTNERS + "#agreement-" + a.id())
                            : RecordView.hidden(ref));
            if (views.get(ref).visible()) {
                views.put(ref, views.get(ref).dated(a.signedOn(), null).illustrative(a.illustrative()));
            }
        }
        return views;
    }
}
