package org.ansoplatform.governance.web;

import java.util.UUID;

import org.ansoplatform.governance.ApplicationState;
import org.ansoplatform.governance.MembershipQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Board members read the applications the Secretariat found complete, before the meeting that endorses them. */
@Controller
public class BoardPages {

    private final MembershipQueries membership;
    private final MembershipApplicationDetails details;

    BoardPages(MembershipQueries membership, MembershipApplicationDetails details) {
        this.membership = membership;
        this.details = details;
    }

    @GetMapping("/board/applications")
    String applications(Model model) {
        model.addAttribute("applications", membership.list(ApplicationState.COMPLETE));
        model.addAttribute("endorsed", membership.list(ApplicationState.ENDORSED));
        return "governance/board/applications";
    }

    @GetMapping("/board/applications/{id}")
    String application(@PathVariable UUID id, Model model) {
        return details.show(id, model, "governance/board/application");
    }
}
