package org.ansoplatform.datasets.showcase;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads of showcases: published ones for everyone (a draft or a withdrawn one is not found), all for their managers. */
@Component
@Transactional(readOnly = true)
public class ShowcaseQueries {

    private final ShowcaseStore store;

    ShowcaseQueries(ShowcaseStore store) {
        this.store = store;
    }

    /** Published showcases of a theme, or of all when {@code theme} is null, newest first. */
    public List<ShowcaseView> published(ShowcaseTheme theme) {
        return store.published(theme);
    }

    public Optional<ShowcaseView> published(UUID id) {
        return store.byId(id).filter(ShowcaseView::published);
    }

    /** Any showcase, for the Secretariat and data curators. */
    public Optional<ShowcaseView> byId(UUID id) {
        return store.byId(id);
    }

    public List<ShowcaseView> all() {
        return store.all();
    }
}
