package org.ansoplatform.datasets.deposit;

import org.ansoplatform.datasets.DatasetStatus;
import org.ansoplatform.platform.InvalidInputException;

/**
 * The allowed steps of a version's curation: DRAFT or RETURNED to SUBMITTED (depositor), SUBMITTED to IN_REVIEW (a
 * curator takes it), IN_REVIEW to PUBLISHED or RETURNED (that curator), PUBLISHED to WITHDRAWN (a curator). Any other
 * step is refused with the version's status.
 */
final class DatasetState {

    private DatasetState() {
    }

    static DatasetStatus submit(VersionView version) {
        return step(version, DatasetStatus.SUBMITTED, DatasetStatus.DRAFT, DatasetStatus.RETURNED);
    }

    static DatasetStatus take(VersionView version) {
        return step(version, DatasetStatus.IN_REVIEW, DatasetStatus.SUBMITTED);
    }

    static DatasetStatus giveBack(VersionView version) {
        return step(version, DatasetStatus.RETURNED, DatasetStatus.IN_REVIEW);
    }

    static DatasetStatus publish(VersionView version) {
        return step(version, DatasetStatus.PUBLISHED, DatasetStatus.IN_REVIEW);
    }

    static DatasetStatus withdraw(VersionView version) {
        return step(version, DatasetStatus.WITHDRAWN, DatasetStatus.PUBLISHED);
    }

    static void edit(VersionView version) {
        if (!version.editable()) {
            throw new InvalidInputException(null, "datasets.error.notEditable");
        }
    }

    private static DatasetStatus step(VersionView version, DatasetStatus to, DatasetStatus... from) {
        for (DatasetStatus allowed : from) {
            if (version.status() == allowed) {
                return to;
            }
        }
        throw new InvalidInputException(null, "datasets.error.step", version.status().name());
    }
}
