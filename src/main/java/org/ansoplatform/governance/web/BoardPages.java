package org.ansoplatform.governance.web;

import java.util.UUID;

import org.ansoplatform.files.FileStorage;
import org.ansoplatform.governance.Membership;
import org.ansoplatform.governance.Sessions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Board members read the applications the Secretariat found complete, before the meeting that endorses them. */
@Controller
public class BoardPages {

    private final Membership membership;
    private final Sessions sessions;
    private final FileStorage files;

    BoardPages(Membership membership, Sessions sessions, FileStorage files) {
        this.membership = membership;
        this.sessions = sessions;
        this.files = files;
    }

    @GetMapping("/board/applications")
    String applications(Model model) {
        model.addAttribute("applications", membership.list(Membership.State.COMPLETE));
        model.addAttribute("endorsed", membership.list(Membership.State.ENDORSED));
        return "governance/board/applications";
    }

    @GetMapping("/board/applications/{id}")
    String application(@PathVariable UUID id, Model model) {
        return MembershipPages.detail(id, model, membership, sessions, files, "governance/board/application");
    }
}
