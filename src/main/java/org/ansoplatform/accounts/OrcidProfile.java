package org.ansoplatform.accounts;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.shared.OrcidId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's own ORCID iD: optional, checked by its ISO 7064 check character, stored as ORCID writes it. Only
 * the person sets it (the pages and the API take the signed-in person's id, never one from the request).
 */
@Service
@Transactional
public class OrcidProfile {

    public static final String FIELD = "orcid";

    private final PersonOrcidStore store;
    private final ApplicationEventPublisher events;
    private final CurrentActor actor;

    OrcidProfile(PersonOrcidStore store, ApplicationEventPublisher events, CurrentActor actor) {
        this.store = store;
        this.events = events;
        this.actor = actor;
    }

    /** The iD the text names, null for a blank text; refused next to the field when the check character is wrong. */
    public static OrcidId check(String text) {
        if (text != null && !text.isBlank() && !OrcidId.isValid(text)) {
            throw new InvalidInputException(FIELD, "orcid.invalid");
        }
        return OrcidId.ofOptional(text);
    }

    @Transactional(readOnly = true)
    public Optional<OrcidId> of(UUID personId) {
        return store.of(personId);
    }

    /** Sets (or with a blank text removes) the person's iD; nothing is stored when it is refused. */
    public Optional<OrcidId> change(UUID personId, String text) {
        OrcidId orcid = check(text);
        OrcidId before = store.of(personId).orElse(null);
        if (!store.set(personId, orcid)) {
            throw new NotFoundException("person");
        }
        if (!Objects.equals(before, orcid)) {
            events.publishEvent(new OrcidChanged(personId, orcid == null ? null : orcid.value(), actor.get()));
        }
        return Optional.ofNullable(orcid);
    }
}
