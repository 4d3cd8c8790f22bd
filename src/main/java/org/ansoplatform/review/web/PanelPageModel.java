package org.ansoplatform.review.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ansoplatform.review.panels.AssignmentQueries;
import org.ansoplatform.review.panels.ConflictQueries;
import org.ansoplatform.review.panels.PanelQueries;
import org.ansoplatform.review.panels.PanelQueries.MemberView;
import org.ansoplatform.review.panels.PanelQueries.PanelView;
import org.ansoplatform.review.panels.ReviewerPool;
import org.ansoplatform.review.web.PanelForms.ConflictForm;
import org.ansoplatform.review.web.PanelForms.InviteForm;
import org.ansoplatform.review.web.PanelForms.PairingForm;
import org.ansoplatform.review.web.PanelForms.SettingsForm;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Everything the Secretariat's panel page shows, for its page handler and for the forms that show it
 * again with their refusal: forms already in the model (the refused one) are kept.
 */
@Component
class PanelPageModel {

    static final String VIEW = "review/panels/panel";
    /** Conflicts and assigned subjects shown per page. */
    static final int PAGE_SIZE = 50;

    private final PanelQueries panels;
    private final ReviewerPool reviewers;
    private final ConflictQueries conflicts;
    private final AssignmentQueries assignments;

    PanelPageModel(PanelQueries panels, ReviewerPool reviewers, ConflictQueries conflicts, AssignmentQueries assignments) {
        this.panels = panels;
        this.reviewers = reviewers;
        this.conflicts = conflicts;
        this.assignments = assignments;
    }

    /** The pages of conflicts and of assigned subjects shown (from 0), and the pool's field filter. */
    record Shown(String field, int conflictPage, int pairPage) {

        static Shown first() {
            return new Shown(null, 0, 0);
        }
    }

    String page(UUID id, Shown shown, Locale locale, Model model) {
        PanelView panel = panels.get(id);
        List<MemberView> members = panels.members(id);
        model.addAttribute("panel", panel);
        model.addAttribute("field", shown.field() == null ? "" : shown.field());
        model.addAttribute("fields", reviewers.fields());
        model.addAttribute("members", members);
        Set<UUID> memberIds = members.stream().map(MemberView::reviewerId).collect(Collectors.toSet());
        model.addAttribute("pool", reviewers.list(shown.field()).stream().filter(r -> r.active() && !memberIds.contains(r.id())).toList());
        model.addAttribute("contentKeys", panels.contentKeys(id, locale));
        model.addAttribute("conflictPage", conflicts.page(id, shown.conflictPage(), PAGE_SIZE));
        model.addAttribute("pairings", assignments.pairings(id));
        model.addAttribute("run", assignments.latest(id).orElse(null));
        model.addAttribute("plain", assignments.plainSummary(id));
        model.addAttribute("conflictedPairs", assignments.conflictedPairs(id));
        model.addAttribute("pairPage", assignments.pairPage(id, shown.pairPage(), PAGE_SIZE));
        model.addAttribute("loads", assignments.loads(id));
        if (!model.containsAttribute("settingsForm")) {
            model.addAttribute("settingsForm", SettingsForm.of(panel));
        }
        if (!model.containsAttribute("inviteForm")) {
            model.addAttribute("inviteForm", InviteForm.none());
        }
        if (!model.containsAttribute("conflictForm")) {
            model.addAttribute("conflictForm", ConflictForm.empty());
        }
        if (!model.containsAttribute("pairingForm")) {
            model.addAttribute("pairingForm", PairingForm.empty());
        }
        return VIEW;
    }
}
