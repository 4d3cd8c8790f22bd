package org.ansoplatform.governance;

import java.time.Instant;
import java.util.UUID;

/** An amendment with the decisions that endorsed and adopted it and the version it produced. */
public record AmendmentView(UUID id, UUID baseVersionId, int baseVersion, String articleNumber, String heading,
        String body, String rationale, AmendmentState state, Instant proposedAt, UUID endorsedBy, UUID adoptedBy,
        Integer resultVersion) {
}
