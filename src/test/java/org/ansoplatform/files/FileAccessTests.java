package org.ansoplatform.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class FileAccessTests {

    final UUID owner = UUID.randomUUID();
    final UUID reviewer = UUID.randomUUID();
    final UUID stranger = UUID.randomUUID();
    final StoredFile file = new StoredFile(UUID.randomUUID(), "0".repeat(64), null, 10, "application/pdf", "cv.pdf", owner,
            Instant.now());

    @Test
    void theOwnerMayReadAndNobodyElseWithoutARule() {
        FileAccess access = new FileAccess(null, List.of());

        assertThat(access.mayRead(owner, file)).isTrue();
        assertThat(access.mayRead(stranger, file)).isFalse();
        assertThat(access.mayRead(null, file)).isFalse();
    }

    @Test
    void aRuleOfAnotherModuleCanGrantReading() {
        FileAccessRule reviewers = (person, f) -> person.equals(reviewer) && f.ownerId().equals(owner);
        FileAccessRule never = (person, f) -> false;
        FileAccess access = new FileAccess(null, List.of(never, reviewers));

        assertThat(access.mayRead(reviewer, file)).isTrue();
        assertThat(access.mayRead(stranger, file)).isFalse();
    }
}
