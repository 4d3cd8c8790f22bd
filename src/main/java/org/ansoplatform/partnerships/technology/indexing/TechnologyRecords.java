package org.ansoplatform.partnerships.technology.indexing;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.ansoplatform.partnerships.IntroductionManagement;
import org.ansoplatform.partnerships.TechnologyAccess;
import org.ansoplatform.partnerships.TechnologyOfferManagement;
import org.ansoplatform.partnerships.TechnologyPaths;
import org.ansoplatform.partnerships.TechnologyQueries;
import org.ansoplatform.shared.Reader;
import org.ansoplatform.shared.RecordRef;
import org.ansoplatform.shared.RecordSource;
import org.ansoplatform.shared.RecordView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers, requests and introductions as links for figures and other modules: a published item to everyone, a draft
 * to its organization and the Secretariat; an introduction only to the Secretariat (its parties reach it from their own
 * page), so that a figure never tells who was introduced to whom.
 */
@Component
@Transactional(readOnly = true)
class TechnologyRecords implements RecordSource {

    private final TechnologyQueries queries;
    private final TechnologyAccess access;

    TechnologyRecords(TechnologyQueries queries, TechnologyAccess access) {
        this.queries = queries;
        this.access = access;
    }

    @Override
    public String module() {
        return TechnologyOfferManagement.MODULE;
    }

    @Override
    public Set<String> types() {
        return Set.of(TechnologyOfferManagement.OFFER, TechnologyOfferManagement.REQUEST, IntroductionManagement.TYPE);
    }

    @Override
    public Map<RecordRef, RecordView> describe(Collection<RecordRef> refs, Reader reader, Locale locale) {
        Map<RecordRef, RecordView> views = new LinkedHashMap<>();
        for (RecordRef ref : refs) {
            if (ref.type().equals(IntroductionManagement.TYPE)) {
                queries.introduction(ref.id()).ifPresent(i -> views.put(ref, access.secretariat(reader)
                        ? RecordView.of(ref, queries.byId(i.technologyId()).map(t -> t.title().in(locale)).orElse(""),
                                "/secretariat/technology/introductions/" + i.id())
                        : RecordView.hidden(ref)));
            } else {
                queries.byId(ref.id()).ifPresent(t -> views.put(ref, access.mayRead(t, reader)
                        ? RecordView.of(ref, t.title().in(locale), TechnologyPaths.item(t.kind(), t.id()))
                        : RecordView.hidden(ref)));
            }
        }
        return views;
    }
}
