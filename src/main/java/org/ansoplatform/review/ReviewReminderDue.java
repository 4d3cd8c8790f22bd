package org.ansoplatform.review;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import org.ansoplatform.shared.LocalizedText;

/**
 * A reviewer has reviews of a panel still to submit and the deadline is near; sent once per review.
 *
 * @param path the reviewer's reviews page the email links to (relative, from the review module)
 */
public record ReviewReminderDue(UUID personId, String name, String email, UUID panelId, LocalizedText panelTitle,
        int pending, Instant deadline, ZoneId zone, String path) {
}
