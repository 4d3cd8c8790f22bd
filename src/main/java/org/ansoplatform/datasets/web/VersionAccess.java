package org.ansoplatform.datasets.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.ansoplatform.datasets.deposit.CurationManagement;
import org.ansoplatform.datasets.deposit.DatasetQueries;
import org.ansoplatform.datasets.deposit.FileView;
import org.ansoplatform.datasets.deposit.VersionView;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.shared.Reader;
import org.springframework.stereotype.Component;

/**
 * Who sees a version's file list, zips and previews: a published or withdrawn version anyone, an unpublished one its
 * depositor and the curators (404 to anyone else, as if it did not exist); who downloads a file: as the landing page
 * decides (open on the day, or the depositor, a curator or a granted reader; never from a withdrawn version).
 */
@Component
class VersionAccess {

    private final DatasetQueries queries;
    private final CurrentActor currentActor;
    private final Clock clock;

    VersionAccess(DatasetQueries queries, CurrentActor currentActor, Clock clock) {
        this.queries = queries;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    VersionView visible(UUID datasetId, int number) {
        return queries.version(datasetId, number).filter(v -> v.public_() || insider(v))
                .orElseThrow(() -> new NotFoundException("version"));
    }

    boolean insider(VersionView version) {
        Reader reader = currentActor.reader();
        return reader.signedIn() && (version.depositorId().equals(reader.personId())
                || reader.hasRole(CurationManagement.CURATOR));
    }

    /** Whether the reader may download every file of the version, closed ones included. */
    boolean mayDownloadAll(VersionView version) {
        Reader reader = currentActor.reader();
        return !version.withdrawn() && (insider(version) || reader.signedIn() && queries.granted(version.id(), reader.personId()));
    }

    /** With {@code all} from {@link #mayDownloadAll}, read once per request rather than once per file. */
    boolean mayDownload(VersionView version, FileView file, boolean all) {
        return !version.withdrawn() && (all || file.openOn(today()));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
