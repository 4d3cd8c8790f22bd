package org.ansoplatform.governance;

import java.util.UUID;

/** The Secretariat's three steps of a poll, motion or election alike; each refuses from the wrong state. */
public interface PollSteps {

    void open(UUID id);

    /** Closes and counts; a closed poll never reopens. */
    void close(UUID id);

    void publish(UUID id);
}
