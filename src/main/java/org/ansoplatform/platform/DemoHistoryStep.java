package org.ansoplatform.platform;

/**
 * A demo loader whose records are history (the 2021 scholarship's 6,000 applications, the Board's earlier
 * sessions): too many to load before the platform is ready, so {@link DemoHistory} runs every step after readiness,
 * in {@link #order()}, on one background thread. A step must be idempotent (it finds its own marker and does
 * nothing the second time), since a restart runs it again.
 */
public interface DemoHistoryStep {

    /** Lower first; a step that reads another's records comes after it. */
    int order();

    /** Runs the step; throwing stops the steps after it and is logged. */
    void run();
}
