package org.ansoplatform.partnerships.agreements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.partnerships.AgreementChanged;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.Records;
import org.ansoplatform.platform.TextInput;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.Reader;
import org.ansoplatform.shared.RecordRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the parties of an agreement committed to, and the records of other modules that fulfilled it: a link is a
 * {@code shared.RecordRef} to a record the platform knows (a meeting, a project, later a dataset or a publication),
 * checked through {@code platform.Records}, never a copy of it.
 */
@Service
@Transactional
public class CommitmentManagement {

    static final int DESCRIPTION_MAX = 2000;

    private final AgreementStore store;
    private final AgreementManagement agreements;
    private final AgreementInput input;
    private final Records records;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;

    CommitmentManagement(AgreementStore store, AgreementManagement agreements, AgreementInput input, Records records,
            CurrentActor currentActor, ApplicationEventPublisher events) {
        this.store = store;
        this.agreements = agreements;
        this.input = input;
        this.records = records;
        this.currentActor = currentActor;
        this.events = events;
    }

    /** A commitment of one party ({@code organizationId}) or of all (null), due by {@code dueOn} (optional). */
    public UUID add(UUID agreementId, LocalizedText description, UUID organizationId, String ownerName, LocalDate dueOn) {
        return add(agreementId, description, organizationId, ownerName, dueOn, currentActor.get());
    }

    public UUID add(UUID agreementId, LocalizedText description, UUID organizationId, String ownerName, LocalDate dueOn,
            Actor actor) {
        AgreementView agreement = agreements.locked(agreementId);
        List<Violation> violations = new ArrayList<>();
        LocalizedText text = input.text(description == null ? new LocalizedText(null) : description, "description",
                DESCRIPTION_MAX, true, violations);
        if (organizationId != null && agreement.parties().stream().noneMatch(p -> p.organizationId().equals(organizationId))) {
            violations.add(new Violation("organizationId", "partnerships.commitment.error.notParty"));
        }
        String owner = TextInput.checkLine(ownerName, "ownerName", AgreementInput.NAME_MAX, false, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        UUID id = store.addCommitment(agreementId, text, organizationId, owner, dueOn, actor.at());
        events.publishEvent(new AgreementChanged(agreementId, "partnerships.agreement.commitmentAdded",
                text.in(Locale.ENGLISH), actor));
        return id;
    }

    public void remove(UUID agreementId, UUID commitmentId) {
        agreements.locked(agreementId);
        store.removeCommitment(commitmentId(agreementId, commitmentId));
        events.publishEvent(new AgreementChanged(agreementId, "partnerships.agreement.commitmentRemoved",
                commitmentId.toString(), currentActor.get()));
    }

    /** Links the record that fulfilled the commitment; a record linked already is left as it is. */
    public void link(UUID agreementId, UUID commitmentId, String recordRef) {
        link(agreementId, commitmentId, recordRef, currentActor.get());
    }

    public void link(UUID agreementId, UUID commitmentId, String recordRef, Actor actor) {
        agreements.locked(agreementId);
        String text = TextInput.trim(recordRef);
        if (text == null) {
            throw new InvalidInputException("recordRef", "validation.required");
        }
        if (!RecordRef.isValid(text)) {
            throw new InvalidInputException("recordRef", "partnerships.commitment.error.ref");
        }
        RecordRef ref = RecordRef.parse(text);
        if (!records.knows(ref) || !records.describe(ref, Reader.system(), Locale.ENGLISH).visible()) {
            throw new InvalidInputException("recordRef", "partnerships.commitment.error.unknownRecord", text);
        }
        if (store.link(commitmentId(agreementId, commitmentId), ref.toString(), actor.personId(), actor.at())) {
            events.publishEvent(new AgreementChanged(agreementId, "partnerships.agreement.commitmentLinked", ref.toString(), actor));
        }
    }

    public void unlink(UUID agreementId, UUID commitmentId, String recordRef) {
        agreements.locked(agreementId);
        if (store.unlink(commitmentId(agreementId, commitmentId), String.valueOf(recordRef))) {
            events.publishEvent(new AgreementChanged(agreementId, "partnerships.agreement.commitmentUnlinked",
                    String.valueOf(recordRef), currentActor.get()));
        }
    }

    private UUID commitmentId(UUID agreementId, UUID commitmentId) {
        if (commitmentId == null || !store.commitmentOf(commitmentId, agreementId)) {
            throw new NotFoundException("commitment");
        }
        return commitmentId;
    }
}
