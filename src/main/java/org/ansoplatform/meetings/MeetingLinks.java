package org.ansoplatform.meetings;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The pages that meetings' emails link to (meetings.web), written here once: the events carry these paths, so
 * the mail knows no route.
 */
public final class MeetingLinks {

    private MeetingLinks() {
    }

    /** A meeting's public page. */
    public static String meeting(UUID meetingId) {
        return "/meetings/" + meetingId;
    }

    /** The participant's own page, reached through the secret of their link (URL-encoded here). */
    public static String registration(String secret) {
        return "/meetings/registration?token=" + URLEncoder.encode(secret == null ? "" : secret, StandardCharsets.UTF_8);
    }
}
