package org.ansoplatform.calls.offers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.Host;
import org.ansoplatform.calls.OfferMade;
import org.ansoplatform.calls.OfferView;
import org.ansoplatform.calls.CallsPaths;
import org.ansoplatform.calls.SelectionSettings;
import org.ansoplatform.calls.Track;
import org.ansoplatform.calls.offers.OfferStore.Holder;
import org.ansoplatform.calls.offers.OfferStore.Waiting;
import org.ansoplatform.calls.selection.SelectionRules;
import org.ansoplatform.calls.selection.SelectionStore;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.Money;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Fills a track's free places from its waitlist: candidates of the run in rank order without an offer, whose
 * application is still submitted, who fit the caps given the offers standing now (OFFERED, ACCEPTED,
 * ENROLLED), each placed at the first host of their preferences with a free seat. Runs under the call's lock.
 */
@Component
class WaitlistCascade {

    private final OfferStore store;
    private final SelectionStore selections;
    private final CallQueries calls;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WaitlistCascade(OfferStore store, SelectionStore selections, CallQueries calls, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.selections = selections;
        this.calls = calls;
        this.events = events;
        this.clock = clock;
    }

    /** The seat of an offer declined or expired goes to the next on its track's waitlist. */
    void refill(OfferView freed, Actor who) {
        fill(freed.callId(), store.runOf(freed.id()), freed.track(), freed.id(), Integer.MAX_VALUE, who);
    }

    /** At most {@code places} places of the track ({@code replaces}: the offer whose seat it is, if one). */
    void fill(UUID callId, UUID runId, String track, UUID replaces, int places, Actor who) {
        CallView call = calls.any(callId);
        SelectionRules rules = selections.resolvedRules(runId);
        Optional<SelectionSettings.BudgetSetting> budget = calls.budget(callId);
        int quota = rules.tracks().stream().filter(t -> t.track().equals(track)).mapToInt(SelectionRules.TrackQuota::quota).findFirst()
                .orElse(0);
        List<Holder> standing = new ArrayList<>(store.holders(callId));
        long inTrack = standing.stream().filter(h -> h.track().equals(track)).count();
        if (inTrack >= quota) {
            return;
        }
        Map<String, Integer> free = new HashMap<>();
        call.definition().hosts().forEach(host -> free.put(host.code(), host.capacity()));
        standing.forEach(h -> free.computeIfPresent(h.host(), (code, seats) -> seats - 1));
        Instant now = clock.instant();
        Instant respondBy = now.plus(Duration.ofDays(selections.settings(runId).days()));
        if (budget.isPresent()) {
            awards(call, runId, track, replaces, places, who, rules, budget.get(), standing, quota - inTrack, respondBy);
            return;
        }
        int offered = 0;
        for (Waiting candidate : store.waiting(runId, track)) {
            if (inTrack >= quota || offered >= places) {
                break;
            }
            if (capped(rules, track, candidate, standing)) {
                continue;
            }
            String host = candidate.hosts().stream().filter(code -> free.getOrDefault(code, 0) > 0).findFirst().orElse(null);
            if (host == null) {
                continue;
            }
            UUID offerId = UUID.randomUUID();
            store.insert(offerId, callId, runId, candidate.applicationId(), candidate.applicantId(), track, host, true, replaces, now,
                    respondBy, null);
            offered++;
            free.merge(host, -1, Integer::sum);
            standing.add(new Holder(track, host, candidate.country(), candidate.organization()));
            inTrack++;
            events.publishEvent(made(call, offerId, candidate.applicationId(), candidate.applicantId(), candidate.reference(), track, host,
                    respondBy, true, who, null, null));
        }
    }

    /**
     * A call that awards projects seats no one: what a declined or expired award frees is money. The next proposals
     * in rank order are offered their requested amount while it fits what the envelope has left after the awards
     * standing now; one that does not fit is passed over when the rules skip to fit, and stops the cascade otherwise,
     * as in the selection itself.
     */
    private void awards(CallView call, UUID runId, String track, UUID replaces, int places, Actor who, SelectionRules rules,
            SelectionSettings.BudgetSetting budget, List<Holder> standing, long free, Instant respondBy) {
        Money remaining = budget.envelope().minus(new Money(store.granted(call.id()), budget.envelope().currency()));
        int offered = 0;
        for (Waiting candidate : store.waiting(runId, track)) {
            if (offered >= free || offered >= places) {
                break;
            }
            if (capped(rules, track, candidate, standing)) {
                continue;
            }
            Money requested = candidate.requested();
            if (requested == null || !requested.currency().equals(remaining.currency()) || requested.compareTo(remaining) > 0) {
                if (budget.skips()) {
                    continue;
                }
                break;
            }
            UUID offerId = UUID.randomUUID();
            store.insert(offerId, call.id(), runId, candidate.applicationId(), candidate.applicantId(), track, null, true, replaces,
                    clock.instant(), respondBy, requested);
            offered++;
            remaining = remaining.minus(requested);
            standing.add(new Holder(track, null, candidate.country(), candidate.organization()));
            events.publishEvent(made(call, offerId, candidate.applicationId(), candidate.applicantId(), candidate.reference(), track, null,
                    respondBy, true, who, requested, store.proposalTitle(candidate.applicationId())));
        }
    }

    /** Whether a cap on country or organization (of the track, or of all tracks) is already full for the candidate. */
    private static boolean capped(SelectionRules rules, String track, Waiting candidate, List<Holder> standing) {
        return rules.caps().stream().anyMatch(cap -> {
            if (cap.track() != null && !cap.track().equals(track)) {
                return false;
            }
            String value = attribute(cap.attribute(), candidate.country(), candidate.organization());
            return value != null && standing.stream().filter(h -> cap.track() == null || cap.track().equals(h.track()))
                    .filter(h -> value.equals(attribute(cap.attribute(), h.country(), h.organization()))).count() >= cap.maxCount();
        });
    }

    private static String attribute(String name, String country, UUID organization) {
        return SelectionSettings.COUNTRY.equals(name) ? country
                : SelectionSettings.ORGANIZATION.equals(name) && organization != null ? organization.toString() : null;
    }

    static OfferMade made(CallView call, UUID offerId, UUID applicationId, UUID applicantId, String reference, String track,
            String host, Instant respondBy, boolean fromWaitlist, Actor who, Money granted, String proposalTitle) {
        LocalizedText trackName = call.track(track).map(Track::name).orElse(LocalizedText.of(track, track));
        LocalizedText hostName = host == null ? null : call.host(host).map(Host::name).orElse(LocalizedText.of(host, host));
        return new OfferMade(offerId, applicationId, applicantId, reference, call.definition().title(), trackName, hostName, respondBy,
                call.definition().zone(), fromWaitlist, CallsPaths.offerLetter(offerId), CallsPaths.offer(applicationId), who, granted,
                proposalTitle);
    }
}
