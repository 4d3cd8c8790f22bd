package org.ansoplatform.calls.selection;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.calls.CallChanged;
import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.SelectionSettings;
import org.ansoplatform.calls.definition.CallStore;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a selection run applies, as the Secretariat sets it: the call's selection rules (caps, tie-breaks,
 * days to answer an offer; JSON on the call, checked on save) and hosts' own rankings of the applicants.
 */
@Service
public class SelectionRuleBook {

    private final CallQueries calls;
    private final CallStore callStore;
    private final SelectionStore store;
    private final JsonMapper json;
    private final CurrentActor actor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SelectionRuleBook(CallQueries calls, CallStore callStore, SelectionStore store, JsonMapper json, CurrentActor actor,
            ApplicationEventPublisher events, Clock clock) {
        this.calls = calls;
        this.callStore = callStore;
        this.store = store;
        this.json = json;
        this.actor = actor;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public SelectionSettings rules(UUID callId) {
        calls.any(callId);
        return callStore.selectionRules(callId).map(text -> json.readValue(text, SelectionSettings.class))
                .orElseGet(SelectionSettings::defaults);
    }

    /** The rules as pretty JSON for the editor. */
    public String rulesJson(UUID callId) {
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(rules(callId));
    }

    /** Checks and saves the rules as written; every problem is reported together and nothing is saved. */
    @Transactional
    public void saveRules(UUID callId, String text) {
        CallView call = calls.any(callId);
        SelectionSettings settings;
        try {
            settings = json.readValue(text == null ? "" : text, SelectionSettings.class);
        } catch (JacksonException e) {
            if (e instanceof tools.jackson.databind.DatabindException bind
                    && bind.getPath().stream().anyMatch(reference -> "envelope".equals(reference.getPropertyName()))) {
                // an unknown currency, more decimals than it has, or no number: said as such rather than as bad JSON
                throw new InvalidInputException("selectionRules", "calls.rules.budgetEnvelope");
            }
            var location = e.getLocation();
            throw location == null || location.getLineNr() < 1 ? new InvalidInputException("selectionRules", "calls.secretariat.badStructure")
                    : new InvalidInputException("selectionRules", "calls.secretariat.badJson", location.getLineNr(), location.getColumnNr());
        }
        if (settings == null) {
            throw new InvalidInputException("selectionRules", "calls.secretariat.badStructure");
        }
        List<Violation> problems = new ArrayList<>(settings.problems(call.definition().tracks(), "selectionRules"));
        problems.addAll(settings.amountFieldProblems(call.definition().form(), "selectionRules"));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        callStore.saveSelectionRules(callId, json.writeValueAsString(settings));
        events.publishEvent(new CallChanged(callId, call.definition().code(), "selection rules updated", actor.get()));
    }

    /**
     * Checks and saves the rules the selection builder made; every problem is reported together on the builder’s path of
     * what it concerns ({@link SelectionSettings#problemsByPath}) and nothing is saved.
     */
    @Transactional
    public void saveRules(UUID callId, SelectionSettings settings) {
        CallView call = calls.any(callId);
        List<Violation> problems = new ArrayList<>(settings.problemsByPath(call.definition().tracks()));
        problems.addAll(settings.amountFieldProblems(call.definition().form(), "budget.amountField"));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        callStore.saveSelectionRules(callId, json.writeValueAsString(settings));
        events.publishEvent(new CallChanged(callId, call.definition().code(), "selection rules updated", actor.get()));
    }

    /**
     * A host's own ranking, as reference numbers (best first, separated by commas, semicolons or new
     * lines: a one-column CSV); blank removes it (the host then ranks by calibrated score). Unknown
     * references are all reported and nothing is saved. Placement uses it from the next run.
     */
    @Transactional
    public int saveHostRanking(UUID callId, String hostCode, String references) {
        CallView call = calls.any(callId);
        if (hostCode == null || call.host(hostCode).isEmpty()) {
            throw new InvalidInputException("host", "calls.selection.unknownHost");
        }
        List<String> tokens = new ArrayList<>();
        for (String token : (references == null ? "" : references).split("[,;\\s\"]+")) {
            if (!token.isBlank() && !token.equalsIgnoreCase("reference")) {
                tokens.add(token.strip().toUpperCase(Locale.ROOT));
            }
        }
        if (tokens.isEmpty()) {
            store.deleteHostRanking(callId, hostCode);
            return 0;
        }
        Map<String, UUID> ids = store.applicationsByReference(callId);
        List<Violation> unknown = new ArrayList<>();
        List<UUID> ranking = new ArrayList<>();
        for (String token : new LinkedHashSet<>(tokens)) {
            UUID id = ids.get(token);
            if (id == null) {
                unknown.add(new Violation("references", "calls.selection.unknownReference", token));
            } else {
                ranking.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown);
        }
        store.saveHostRanking(callId, hostCode, ranking, actor.personId(), clock.instant());
        return ranking.size();
    }
}
