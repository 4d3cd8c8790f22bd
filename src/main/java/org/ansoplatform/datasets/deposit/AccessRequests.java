package org.ansoplatform.datasets.deposit;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.TextInput;
import org.ansoplatform.shared.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Readers' requests for a published version's restricted files: a signed-in reader asks with a reason, the depositor
 * grants (the version's restricted files open to that account) or refuses with a message.
 */
@Service
@Transactional
public class AccessRequests {

    private final AccessRequestStore store;
    private final DatasetQueries queries;
    private final CurrentActor currentActor;

    AccessRequests(AccessRequestStore store, DatasetQueries queries, CurrentActor currentActor) {
        this.store = store;
        this.queries = queries;
        this.currentActor = currentActor;
    }

    public UUID ask(UUID versionId, String reason) {
        Actor actor = currentActor.get();
        VersionView version = queries.version(versionId).filter(VersionView::published)
                .orElseThrow(() -> new NotFoundException("version"));
        if (actor.personId() == null || actor.personId().equals(version.depositorId())) {
            throw new NotFoundException("version");
        }
        List<Violation> v = new ArrayList<>();
        String why = TextInput.check(reason, "reason", 2_000, true, v);
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        UUID id = UUID.randomUUID();
        store.insert(id, versionId, actor.personId(), why, actor);
        return id;
    }

    /** The depositor's answer; {@code message} is given to the reader. */
    public void answer(UUID datasetId, UUID requestId, boolean grant, String message) {
        UUID person = currentActor.personId();
        VersionView latest = queries.latest(datasetId).orElseThrow(() -> new NotFoundException("dataset"));
        if (person == null || !person.equals(latest.depositorId())) {
            throw new NotFoundException("dataset");
        }
        List<Violation> v = new ArrayList<>();
        String answer = TextInput.check(message, "message", 2_000, false, v);
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        if (store.answer(datasetId, requestId, grant ? AccessRequestStatus.GRANTED : AccessRequestStatus.REFUSED,
                answer == null ? "" : answer, currentActor.get()) == 0) {
            throw new NotFoundException("request");
        }
    }
}
