package org.ansoplatform.review.reviewing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.review.ReviewOutcomes.PanelStatus;
import org.ansoplatform.review.ReviewingChanged;
import org.ansoplatform.review.Rubric;
import org.ansoplatform.review.panels.Panel;
import org.ansoplatform.review.panels.PanelStore;
import org.ansoplatform.shared.LocalizedText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rubric of each panel, kept in the panel's row. A panel without its own rubric uses the default
 * (reviewing/default-rubric.json: academic excellence, research proposal, potential, fit with the host).
 * A rubric can change only until the first review of the panel is submitted.
 */
@Service
public class RubricEditor {

    private final ReviewingStore store;
    private final PanelStore panels;
    private final ApplicationEventPublisher events;
    private final CurrentActor actor;
    private final Rubric defaultRubric;

    RubricEditor(ReviewingStore store, PanelStore panels, ApplicationEventPublisher events, CurrentActor actor, JsonMapper json) {
        this.store = store;
        this.panels = panels;
        this.events = events;
        this.actor = actor;
        try (InputStream in = new ClassPathResource("reviewing/default-rubric.json").getInputStream()) {
            this.defaultRubric = json.readValue(in, Rubric.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!defaultRubric.problems().isEmpty()) {
            throw new IllegalStateException("the default rubric is not valid: " + defaultRubric.problems());
        }
    }

    public Rubric defaultRubric() {
        return defaultRubric;
    }

    /** The rubric the panel's reviewers use: its own, or the default. */
    public Rubric effective(Panel panel) {
        return panel.rubric().isEmpty() ? defaultRubric : panel.rubric();
    }

    /** The rubric reviewers of the panel use, and whether it may still change. */
    @Transactional(readOnly = true)
    public PanelRubric rubric(UUID panelId) {
        Panel panel = panels.get(panelId);
        return new PanelRubric(panelId, panel.title(), panel.status(), effective(panel), panel.rubric().isEmpty(),
                !panel.closed() && !store.anySubmitted(panelId));
    }

    /** Replaces the panel's rubric; every problem is reported together and nothing changes on refusal. */
    @Transactional
    public void save(UUID panelId, Rubric rubric) {
        Panel panel = panels.lock(panelId);
        if (panel.closed() || store.anySubmitted(panelId)) {
            throw new InvalidInputException(null, "reviewing.rubric.locked");
        }
        List<InvalidInputException.Violation> problems = rubric.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        panels.saveRubric(panelId, rubric);
        events.publishEvent(new ReviewingChanged("review.rubricSaved", "review-panel", panelId.toString(),
                rubric.criteria().size() + " criteria", actor.get()));
    }

    /**
     * @param usesDefault the panel has no rubric of its own yet
     * @param editable no review of the panel is submitted and it is not closed
     */
    public record PanelRubric(UUID panelId, LocalizedText title, PanelStatus status, Rubric rubric,
            boolean usesDefault, boolean editable) {
    }
}
