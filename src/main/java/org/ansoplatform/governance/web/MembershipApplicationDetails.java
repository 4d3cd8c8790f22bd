package org.ansoplatform.governance.web;

import java.util.UUID;

import org.ansoplatform.files.FileStorage;
import org.ansoplatform.files.StoredFile;
import org.ansoplatform.governance.ApplicationView;
import org.ansoplatform.governance.MembershipQueries;
import org.ansoplatform.governance.SessionQueries;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What every page about one application shows (the applicant's, the Secretariat's, the Board's). */
@Component
class MembershipApplicationDetails {

    /** A document attached to an application, as pages list it. */
    public record Document(UUID id, String name) {
    }

    private final MembershipQueries membership;
    private final SessionQueries sessions;
    private final FileStorage files;

    MembershipApplicationDetails(MembershipQueries membership, SessionQueries sessions, FileStorage files) {
        this.membership = membership;
        this.sessions = sessions;
        this.files = files;
    }

    /** Puts the application, its history, decisions and documents into the model; returns the view. */
    String show(UUID id, Model model, String view) {
        ApplicationView application = membership.byId(id);
        model.addAttribute("app", application);
        model.addAttribute("history", membership.history(id));
        model.addAttribute("question", membership.openQuestion(id).orElse(null));
        model.addAttribute("decisions", sessions.decisionsAbout(id));
        model.addAttribute("documents", application.fileIds().stream()
                .map(f -> new Document(f, files.find(f).map(StoredFile::originalName).orElse("?"))).toList());
        for (String form : new String[] {"form", "request", "completion"}) { // the applicant's answer; the Secretariat's two
            if (!model.containsAttribute(form)) {
                model.addAttribute(form, NoteForm.empty());
            }
        }
        return view;
    }
}
