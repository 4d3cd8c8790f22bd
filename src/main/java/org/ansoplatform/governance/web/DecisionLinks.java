package org.ansoplatform.governance.web;

import java.util.UUID;

import org.ansoplatform.governance.DecisionView;
import org.ansoplatform.governance.SessionQueries;
import org.ansoplatform.platform.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A decision's address: the record (an officer, a mandate, its changes) names only the decision, which is read on
 * its session's page, so "by decision" links here and lands on the decision there.
 */
@Controller
class DecisionLinks {

    private final SessionQueries sessions;

    DecisionLinks(SessionQueries sessions) {
        this.sessions = sessions;
    }

    @GetMapping("/governance/decisions/{id}")
    String decision(@PathVariable UUID id) {
        DecisionView decision = sessions.decision(id).orElseThrow(() -> new NotFoundException("decision"));
        return "redirect:/governance/sessions/" + decision.sessionId() + "#decision-" + decision.id();
    }
}
