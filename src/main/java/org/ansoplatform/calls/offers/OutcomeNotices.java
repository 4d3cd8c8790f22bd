package org.ansoplatform.calls.offers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.calls.ApplicantNotSelected;
import org.ansoplatform.calls.ApplicantWaitlisted;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.CallsPaths;
import org.ansoplatform.calls.Track;
import org.ansoplatform.calls.selection.SelectionStore;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.LocalizedText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells every candidate without an offer where they stand once the offers go out: on the waitlist of a track
 * with places (with their position: the cascade offers freed places in that order), or not selected where the
 * track has none. Everyone learns their outcome by email, not only the awardees.
 */
@Component
class OutcomeNotices {

    private final OfferStore store;
    private final SelectionStore selections;
    private final ApplicationEventPublisher events;

    OutcomeNotices(OfferStore store, SelectionStore selections, ApplicationEventPublisher events) {
        this.store = store;
        this.selections = selections;
        this.events = events;
    }

    /** How many would be told each outcome, besides those about to get an offer: [waitlisted, not selected]. */
    int[] count(UUID runId, List<UUID> offered) {
        Map<String, Integer> quotas = quotas(runId);
        java.util.Set<UUID> skip = new java.util.HashSet<>(offered);
        int[] counts = new int[2];
        store.untold(runId).stream().filter(untold -> !skip.contains(untold.applicationId()))
                .forEach(untold -> counts[quotas.getOrDefault(untold.track(), 0) > 0 ? 0 : 1]++);
        return counts;
    }

    void tell(CallView call, UUID runId, Actor who) {
        Map<String, Integer> quotas = quotas(runId);
        Map<String, Integer> positions = new HashMap<>();
        List<OfferStore.Untold> untold = store.untold(runId);
        for (OfferStore.Untold candidate : untold) {
            LocalizedText track = call.track(candidate.track()).map(Track::name)
                    .orElse(LocalizedText.of(candidate.track(), candidate.track()));
            String path = CallsPaths.outcome(candidate.applicationId());
            if (quotas.getOrDefault(candidate.track(), 0) > 0) {
                int position = positions.merge(candidate.track(), 1, Integer::sum);
                events.publishEvent(new ApplicantWaitlisted(candidate.applicationId(), candidate.applicantId(), candidate.reference(),
                        call.definition().title(), track, position, path, who));
            } else {
                events.publishEvent(new ApplicantNotSelected(candidate.applicationId(), candidate.applicantId(), candidate.reference(),
                        call.definition().title(), track, path, who));
            }
        }
    }

    private Map<String, Integer> quotas(UUID runId) {
        Map<String, Integer> quotas = new HashMap<>();
        selections.resolvedRules(runId).tracks().forEach(track -> quotas.put(track.track(), track.quota()));
        return quotas;
    }
}
