package org.ansoplatform.platform;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads the demo's history after the platform is ready, so that a first start stays quick: every
 * {@link DemoHistoryStep} in order, on one background thread ({@code anso.demo.history=async}, the default), in
 * the thread that announces readiness ({@code sync}, for tests that read the history), or not at all
 * ({@code off}). Each step's time is logged; pages may say "the demo's history is loading" while {@link #state()} is
 * {@code LOADING}.
 */
@Component
public class DemoHistory {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

    public enum State {
        NONE, LOADING, LOADED, FAILED
    }

    private final DemoMode demoMode;
    private final ObjectProvider<DemoHistoryStep> steps;
    private final String mode;
    private final AtomicReference<State> state = new AtomicReference<>(State.NONE);

    DemoHistory(DemoMode demoMode, ObjectProvider<DemoHistoryStep> steps, @Value("${anso.demo.history:async}") String mode) {
        this.demoMode = demoMode;
        this.steps = steps;
        this.mode = mode;
    }

    public State state() {
        return state.get();
    }

    @EventListener
    void onReadiness(AvailabilityChangeEvent<ReadinessState> event) {
        if (event.getState() != ReadinessState.ACCEPTING_TRAFFIC || !demoMode.enabled() || "off".equals(mode)
                || !state.compareAndSet(State.NONE, State.LOADING)) {
            return;
        }
        if ("sync".equals(mode)) {
            load();
        } else {
            Thread thread = new Thread(this::load, "demo-history");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private void load() {
        long start = System.nanoTime();
        List<DemoHistoryStep> ordered = steps.orderedStream().sorted(Comparator.comparingInt(DemoHistoryStep::order)).toList();
        for (DemoHistoryStep step : ordered) {
            long stepStart = System.nanoTime();
            try {
                step.run();
            } catch (RuntimeException e) {
                log.error("The demo's history stopped at {}", step.getClass().getSimpleName(), e);
                state.set(State.FAILED);
                return;
            }
            log.info("Demo history: {} in {} ms", step.getClass().getSimpleName(), (System.nanoTime() - stepStart) / 1_000_000);
        }
        log.info("Demo history loaded in {} ms ({} steps)", (System.nanoTime() - start) / 1_000_000, ordered.size());
        state.set(State.LOADED);
    }
}
