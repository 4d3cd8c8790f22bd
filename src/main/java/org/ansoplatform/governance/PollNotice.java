package org.ansoplatform.governance;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A poll (a motion or an election) that delegates must hear of, for notifications to turn into email and a copy
 * under Messages: it opened (to every entitled organization's delegate), its deadline is near (to the delegates
 * whose organization has not voted, or who hold the proxy of one that has not), or its result was published (to
 * every entitled organization's delegate). {@code deadline} is given in {@code zone}, the session's (UTC without
 * one); {@code adopted} is null for an election.
 */
public record PollNotice(Kind kind, UUID pollId, boolean election, String title, Body body, String sessionTitle,
        Instant deadline, String zone, Boolean adopted, List<UUID> recipients, String path) {

    public enum Kind {
        OPENED, REMINDER, PUBLISHED
    }
}
