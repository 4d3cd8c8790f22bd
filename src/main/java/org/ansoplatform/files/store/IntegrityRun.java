package org.ansoplatform.files.store;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One run of the integrity check or of the copy to S3, with its counts so far and its first problems.
 *
 * @param checked objects checked (a check) or local objects looked at (a copy)
 */
public record IntegrityRun(UUID id, Kind kind, String store, Instant startedAt, Instant updatedAt, Instant finishedAt,
        State state, long checked, long missing, long wrongSize, long wrongHash, long unreferenced, long md5Added,
        long copied, long skipped, String failure, List<Problem> problems) {

    public enum Kind {
        VERIFY, COPY
    }

    public enum State {
        RUNNING, DONE, FAILED
    }

    /**
     * What is wrong with one object: {@code kind} is missing, size, sha256, unreferenced or copy; {@code detail}
     * holds the numbers the message of its kind shows, separated by spaces, so the page says it in any language.
     */
    public record Problem(String kind, String key, String detail) {

        public Object[] args() {
            return detail.isEmpty() ? new Object[0] : detail.split(" ");
        }
    }

    public boolean running() {
        return state == State.RUNNING;
    }

    public boolean verification() {
        return kind == Kind.VERIFY;
    }

    /** Whether nothing was found wrong (unreferenced objects are reported, but lose no one's data). */
    public boolean clean() {
        return state == State.DONE && missing == 0 && wrongSize == 0 && wrongHash == 0
                && problems.stream().noneMatch(problem -> problem.kind().equals("copy"));
    }

    IntegrityRun withProblems(List<Problem> found) {
        return new IntegrityRun(id, kind, store, startedAt, updatedAt, finishedAt, state, checked, missing, wrongSize,
                wrongHash, unreferenced, md5Added, copied, skipped, failure, found);
    }
}
