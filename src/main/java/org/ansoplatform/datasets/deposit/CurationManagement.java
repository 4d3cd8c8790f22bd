package org.ansoplatform.datasets.deposit;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.datasets.DatasetPublished;
import org.ansoplatform.datasets.DatasetReturned;
import org.ansoplatform.datasets.DatasetStatus;
import org.ansoplatform.datasets.DatasetTakenForReview;
import org.ansoplatform.datasets.DatasetVersionWithdrawn;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.ForbiddenException;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.TextInput;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.Doi;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The curators' steps: take a submitted version, return it with comments or publish it (the curator who took it),
 * withdraw a published one with a reason. Only a DATA_CURATOR may, and never on a dataset they deposited themselves
 * (decision 220); deleting a published version is not offered at all.
 */
@Service
@Transactional
public class CurationManagement {

    public static final String CURATOR = "DATA_CURATOR";
    static final int COMMENT_MAX = 5_000;

    private final DatasetStore store;
    private final DatasetPublishing publishing;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;

    CurationManagement(DatasetStore store, DatasetPublishing publishing, CurrentActor currentActor,
            ApplicationEventPublisher events) {
        this.store = store;
        this.publishing = publishing;
        this.currentActor = currentActor;
        this.events = events;
    }

    public void take(UUID versionId) {
        VersionView version = curated(versionId);
        DatasetStatus to = DatasetState.take(version);
        Actor actor = currentActor.get();
        store.status(versionId, to, actor.personId(), actor.at());
        store.step(versionId, version.status(), to, actor, "");
        events.publishEvent(new DatasetTakenForReview(version.datasetId(), versionId, version.number(), version.title("en"),
                version.depositorId(), DatasetAddresses.mine(version.datasetId()), "", actor));
    }

    /** Back to the depositor with the comments (required), who edits and submits again. */
    public void giveBack(UUID versionId, String comments) {
        VersionView version = curated(versionId);
        DatasetStatus to = DatasetState.giveBack(version);
        List<Violation> v = new ArrayList<>();
        String comment = TextInput.check(comments, "comment", COMMENT_MAX, true, v);
        refuse(v);
        Actor actor = currentActor.get();
        store.status(versionId, to, null, actor.at());
        store.step(versionId, version.status(), to, actor, comment);
        events.publishEvent(new DatasetReturned(version.datasetId(), versionId, version.number(), version.title("en"),
                version.depositorId(), DatasetAddresses.mine(version.datasetId()), comment, actor));
    }

    /** Published with its own DOI (and the concept's on the first version), announced to harvesting and search. */
    public Doi publish(UUID versionId) {
        VersionView version = curated(versionId);
        DatasetStatus to = DatasetState.publish(version);
        Actor actor = currentActor.get();
        Doi doi = publishing.register(version, actor.at());
        store.status(versionId, to, null, actor.at());
        store.published(versionId, doi.value(), actor.at());
        store.step(versionId, version.status(), to, actor, "");
        publishing.announce(versionId);
        events.publishEvent(new DatasetPublished(version.datasetId(), versionId, version.number(), version.title("en"),
                version.depositorId(), version.path(), doi.value(), actor));
        return doi;
    }

    /**
     * A tombstone: the page keeps the citation and the DOI resolving (its DataCite record updated with the withdrawal's
     * date), the files are no longer downloadable; the concept's DOI follows the versions that remain.
     */
    public void withdraw(UUID versionId, String reason) {
        VersionView version = curated(versionId);
        DatasetStatus to = DatasetState.withdraw(version);
        List<Violation> v = new ArrayList<>();
        String why = TextInput.check(reason, "reason", COMMENT_MAX, true, v);
        refuse(v);
        Actor actor = currentActor.get();
        store.status(versionId, to, null, actor.at());
        store.withdrawn(versionId, why, actor.at());
        store.step(versionId, version.status(), to, actor, why);
        publishing.withdrawn(versionId);
        publishing.announce(versionId);
        events.publishEvent(new DatasetVersionWithdrawn(version.datasetId(), versionId, version.number(), version.title("en"),
                version.depositorId(), version.path(), why, actor));
    }

    private VersionView curated(UUID versionId) {
        if (!currentActor.reader().hasRole(CURATOR)) {
            throw new ForbiddenException("datasets.error.curatorOnly");
        }
        VersionView version = store.lock(versionId).orElseThrow(() -> new NotFoundException("version"));
        if (version.depositorId().equals(currentActor.personId())) {
            throw new InvalidInputException(null, "datasets.error.ownDeposit");
        }
        if (version.status() == DatasetStatus.IN_REVIEW && version.curatorId() != null
                && !version.curatorId().equals(currentActor.personId())) {
            throw new InvalidInputException(null, "datasets.error.otherCurator");
        }
        return version;
    }

    private static void refuse(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
