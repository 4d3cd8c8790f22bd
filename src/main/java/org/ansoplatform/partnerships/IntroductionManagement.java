package org.ansoplatform.partnerships;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.partnerships.technology.IntroductionStore;
import org.ansoplatform.partnerships.technology.TechnologyStore;
import org.ansoplatform.partnerships.technology.Transitions;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.TextInput;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.RecordRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Expressions of interest and the introductions the Secretariat mediates. A confirmed representative expresses interest
 * in a published offer or request of another organization, once per organization and item; the Secretariat forwards or
 * declines it; the owner's representative, who sees only the interested side's sector and country, accepts (both agreed:
 * introduced, identities and contacts shared) or refuses; then the outcome. A signed agreement of kind LICENCE or
 * COOPERATION_AGREEMENT publishes {@link DealConcluded}, from which the agreements side drafts the agreement.
 */
@Service
@Transactional
public class IntroductionManagement {

    public static final String TYPE = "technology-introduction";
    public static final int MESSAGE_MAX = 2000;
    public static final Set<IntroductionStatus> OUTCOMES = EnumSet.of(IntroductionStatus.NEGOTIATING,
            IntroductionStatus.AGREEMENT_SIGNED, IntroductionStatus.NO_DEAL);
    public static final Set<AgreementKind> DEAL_KINDS = EnumSet.of(AgreementKind.LICENCE, AgreementKind.COOPERATION_AGREEMENT);

    private final IntroductionStore store;
    private final TechnologyStore technologies;
    private final TechnologyRepresentativeManagement representatives;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;
    private final TechnologyQueries queries;

    IntroductionManagement(IntroductionStore store, TechnologyStore technologies,
            TechnologyRepresentativeManagement representatives, CurrentActor currentActor, ApplicationEventPublisher events,
            TechnologyQueries queries) {
        this.queries = queries;
        this.store = store;
        this.technologies = technologies;
        this.representatives = representatives;
        this.currentActor = currentActor;
        this.events = events;
    }

    public static RecordRef ref(UUID id) {
        return RecordRef.of(TechnologyOfferManagement.MODULE, TYPE, id);
    }

    public UUID express(UUID technologyId, UUID organizationId, String message) {
        return express(technologyId, organizationId, message, false, currentActor.get());
    }

    /** Interest of the actor's organization in a published item of another; a second one is refused. */
    public UUID express(UUID technologyId, UUID organizationId, String message, boolean illustrative, Actor actor) {
        List<Violation> v = new ArrayList<>();
        String text = TextInput.check(message, "message", MESSAGE_MAX, false, v);
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        representatives.require(actor.personId(), organizationId, "organizationId");
        TechnologyView t = technologies.byId(technologyId).filter(TechnologyView::published)
                .orElseThrow(() -> new InvalidInputException(null, "technology.error.notPublished"));
        if (t.organizationId().equals(organizationId)) {
            throw new InvalidInputException("organizationId", "technology.error.ownItem");
        }
        UUID id = UUID.randomUUID();
        if (!store.insert(id, technologyId, organizationId, actor.personId(), text == null ? "" : text, illustrative, actor.at())) {
            throw new InvalidInputException("organizationId", "technology.error.interestTwice");
        }
        store.step(id, null, IntroductionStatus.EXPRESSED, actor, "");
        audit(actor, "expressed", id, technologyId.toString());
        return id;
    }

    public void forward(UUID id, String note) {
        forward(id, note, currentActor.get());
    }

    /** The Secretariat passes an interest on to the owner's side. */
    public void forward(UUID id, String note, Actor actor) {
        move(locked(id), IntroductionStatus.FORWARDED, null, null, text(note, false), actor);
    }

    /** The Secretariat declines an interest, with the reason the interested side reads. */
    public void decline(UUID id, String reason) {
        move(locked(id), IntroductionStatus.DECLINED, null, null, text(reason, true), currentActor.get());
    }

    public void accept(UUID id) {
        accept(id, currentActor.get());
    }

    /** The owner's representative agrees: both sides agreed, so both now see each other. */
    public void accept(UUID id, Actor actor) {
        IntroductionView i = locked(id);
        requireOwnerSide(i, actor);
        move(i, IntroductionStatus.INTRODUCED, actor.personId(), null, "", actor);
    }

    public void refuse(UUID id, String reason) {
        IntroductionView i = locked(id);
        Actor actor = currentActor.get();
        requireOwnerSide(i, actor);
        move(i, IntroductionStatus.REFUSED, null, null, text(reason, false), actor);
    }

    public void recordOutcome(UUID id, IntroductionStatus outcome, AgreementKind kind, String note, boolean asSecretariat) {
        recordOutcome(id, outcome, kind, note, asSecretariat, currentActor.get());
    }

    /**
     * The outcome of an introduction, by the Secretariat or either side; a signed agreement names its kind, LICENCE or
     * COOPERATION_AGREEMENT, and asks the agreements side to draft it.
     */
    public void recordOutcome(UUID id, IntroductionStatus outcome, AgreementKind kind, String note, boolean asSecretariat,
            Actor actor) {
        if (outcome == null || !OUTCOMES.contains(outcome)) {
            throw new InvalidInputException("outcome", "technology.error.outcome");
        }
        if (outcome == IntroductionStatus.AGREEMENT_SIGNED && (kind == null || !DEAL_KINDS.contains(kind))) {
            throw new InvalidInputException("kind", "technology.error.dealKind");
        }
        String why = text(note, false);
        IntroductionView i = locked(id);
        TechnologyView t = technologies.byId(i.technologyId()).orElseThrow();
        if (!asSecretariat) {
            boolean party = isRepresentative(actor, i.interestedOrganization()) || isRepresentative(actor, t.organizationId());
            if (!party) {
                throw new InvalidInputException(null, "technology.error.notParty");
            }
        }
        AgreementKind dealKind = outcome == IntroductionStatus.AGREEMENT_SIGNED ? kind : null;
        move(i, outcome, null, dealKind, why, actor);
        if (dealKind != null) {
            String title = (dealKind == AgreementKind.LICENCE ? "Licence: " : "Cooperation agreement: ") + t.title().in(Locale.ENGLISH);
            events.publishEvent(new DealConcluded(ref(id), dealKind, List.of(t.organizationId(), i.interestedOrganization()),
                    title, actor));
        }
    }

    private void move(IntroductionView i, IntroductionStatus to, UUID owner, AgreementKind kind, String reason, Actor actor) {
        Transitions.check(i.status(), to);
        store.move(i.id(), to, owner, kind, actor.at());
        store.step(i.id(), i.status(), to, actor, reason);
        audit(actor, to.name().toLowerCase(Locale.ROOT), i.id(), kind == null ? "" : kind.name());
        notify(i, to);
    }

    /** Who hears of the step: the side that must act next, or learns its answer. */
    private void notify(IntroductionView i, IntroductionStatus to) {
        TechnologyView t = technologies.byId(i.technologyId()).orElseThrow();
        List<UUID> owners = queries.confirmedRepresentatives(t.organizationId()).stream().map(RepresentativeView::personId).toList();
        List<UUID> recipients = switch (to) {
            case FORWARDED -> owners;
            case DECLINED, REFUSED -> i.interestedPerson() == null ? List.of() : List.of(i.interestedPerson());
            case INTRODUCED -> java.util.stream.Stream.concat(owners.stream(),
                    java.util.stream.Stream.ofNullable(i.interestedPerson())).distinct().toList();
            default -> List.of();
        };
        if (!recipients.isEmpty()) {
            events.publishEvent(new IntroductionNotice(recipients, to, t.title(), "/me/technology/introductions/" + i.id()));
        }
    }

    private void requireOwnerSide(IntroductionView i, Actor actor) {
        TechnologyView t = technologies.byId(i.technologyId()).orElseThrow();
        representatives.require(actor.personId(), t.organizationId(), null);
    }

    private boolean isRepresentative(Actor actor, UUID organization) {
        return representatives.represents(actor.personId(), organization);
    }

    private IntroductionView locked(UUID id) {
        return store.lock(id).orElseThrow(() -> new InvalidInputException(null, "technology.error.unknown"));
    }

    private static String text(String value, boolean required) {
        List<Violation> v = new ArrayList<>();
        String clean = TextInput.check(value, "reason", MESSAGE_MAX, required, v);
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        return clean == null ? "" : clean;
    }

    private void audit(Actor actor, String action, UUID id, String detail) {
        events.publishEvent(new TechnologyChanged(actor, "technology.introduction." + action, TechnologyChanged.INTRODUCTION,
                id.toString(), detail));
    }
}
