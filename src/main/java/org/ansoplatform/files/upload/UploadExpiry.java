package org.ansoplatform.files.upload;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes unfinished uploads idle longer than {@code anso.files.upload-expiry} (a week), hourly, on one node at a
 * time (ShedLock). Their bytes are the only thing lost: nothing else refers to an unfinished upload.
 */
@Component
public class UploadExpiry {

    private static final Logger log = LoggerFactory.getLogger(UploadExpiry.class);

    private final TusUploads uploads;

    UploadExpiry(TusUploads uploads) {
        this.uploads = uploads;
    }

    @Scheduled(fixedDelayString = "${anso.files.upload-cleanup-interval:PT1H}", initialDelayString = "PT7M")
    @SchedulerLock(name = "upload-expiry")
    public void scheduled() {
        int removed = expire();
        if (removed > 0) {
            log.info("Removed {} expired uploads", removed);
        }
    }

    /** Removes the expired uploads now; returns how many. */
    public int expire() {
        return uploads.expire();
    }
}
