package org.ansoplatform.calls;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.calls.definition.CallStore;
import org.ansoplatform.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Programmes' calls as the public, applicants and the Secretariat read them. */
@Service
public class CallQueries {

    private final CallStore store;
    private final Clock clock;
    private final JsonMapper json;

    CallQueries(CallStore store, Clock clock, JsonMapper json) {
        this.store = store;
        this.clock = clock;
        this.json = json;
    }

    /** Calls the public may see: open, upcoming and past ones; never drafts. */
    @Transactional(readOnly = true)
    public List<CallView> published() {
        return store.all().stream().filter(CallView::published).toList();
    }

    /** Open now or opening later, for the public API. */
    @Transactional(readOnly = true)
    public List<CallView> openAndUpcoming() {
        Instant now = clock.instant();
        return published().stream().filter(call -> call.accepting(now) || call.upcoming(now)).toList();
    }

    @Transactional(readOnly = true)
    public List<CallView> all() {
        return store.all();
    }

    /** A published call; drafts are the Secretariat's ({@link #any}). */
    @Transactional(readOnly = true)
    public CallView get(UUID id) {
        return store.find(id).filter(CallView::published).orElseThrow(() -> new NotFoundException("call " + id));
    }

    /**
     * A call as its public page shows it: a published one to anyone, a draft to the Secretariat only, so that
     * the page can be read before it opens (the page says it is not public); anyone else gets 404.
     */
    @Transactional(readOnly = true)
    public CallView visibleTo(UUID id, boolean secretariat) {
        return store.find(id).filter(call -> secretariat || call.published()).orElseThrow(() -> new NotFoundException("call " + id));
    }

    @Transactional(readOnly = true)
    public CallView any(UUID id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("call " + id));
    }

    @Transactional(readOnly = true)
    public Optional<CallView> byCode(String code) {
        return store.findByCode(code);
    }

    /** The call's budget envelope (amount, the form's MONEY question read as the requested amount, skip to fit); empty without one. */
    @Transactional(readOnly = true)
    public Optional<SelectionSettings.BudgetSetting> budget(UUID callId) {
        return store.selectionRules(callId).map(text -> json.readValue(text, SelectionSettings.class)).map(SelectionSettings::budget);
    }

    /** A call awards projects exactly when its selection rules fund proposals under a budget envelope (issue 18). */
    @Transactional(readOnly = true)
    public boolean awardsProjects(UUID callId) {
        return budget(callId).isPresent();
    }
}
