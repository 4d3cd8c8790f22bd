package org.ansoplatform.governance;

import java.util.List;
import java.util.UUID;

/** An item of a session's agenda with its documents. */
public record AgendaItemView(UUID id, int position, String title, List<UUID> fileIds) {
}
