package org.ansoplatform.governance.web;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.ansoplatform.governance.ElectionManagement;
import org.ansoplatform.governance.MotionManagement;
import org.ansoplatform.governance.PollSteps;
import org.ansoplatform.governance.VotingQueries;
import org.ansoplatform.platform.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Secretariat puts motions and elections to the vote in a session and runs their polls step by step. */
@Controller
@RequestMapping("/secretariat/governance")
public class PollPages {

    private final MotionManagement motions;
    private final ElectionManagement elections;
    private final VotingQueries voting;
    private final SessionPage page;

    PollPages(MotionManagement motions, ElectionManagement elections, VotingQueries voting, SessionPage page) {
        this.motions = motions;
        this.elections = elections;
        this.voting = voting;
        this.page = page;
    }

    @PostMapping("/sessions/{id}/motions")
    String motion(@PathVariable UUID id, @Valid @ModelAttribute("motionForm") MotionForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        return FormPost.send(result, response, () -> page.show(id, model), () -> {
            motions.create(form.command(id));
            redirect.addFlashAttribute("flashSuccess", "flash.saved");
            return SessionPages.back(id);
        });
    }

    @PostMapping("/motions/{motion}/{step:open|close|publish}")
    String step(@PathVariable UUID motion, @PathVariable String step, RedirectAttributes redirect) {
        return step(motions, motion, step, voting.motion(motion).sessionId(), redirect);
    }

    @PostMapping("/sessions/{id}/elections")
    String election(@PathVariable UUID id, @Valid @ModelAttribute("electionForm") ElectionForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        return FormPost.send(result, response, () -> page.show(id, model), () -> {
            elections.create(form.command(id));
            redirect.addFlashAttribute("flashSuccess", "flash.saved");
            return SessionPages.back(id);
        });
    }

    @PostMapping("/elections/{election}/{step:open|close|publish}")
    String electionStep(@PathVariable UUID election, @PathVariable String step, RedirectAttributes redirect) {
        return step(elections, election, step, voting.election(election).sessionId(), redirect);
    }

    private static String step(PollSteps polls, UUID poll, String step, UUID session, RedirectAttributes redirect) {
        // a refusal shows its own reason (not open, already closed, ...)
        Flash.outcome(redirect, () -> run(polls, poll, step), "flash.saved");
        return SessionPages.back(session);
    }

    /** Runs the step its path names: open, close (and count) or publish. */
    static void run(PollSteps polls, UUID poll, String step) {
        switch (step) {
            case "open" -> polls.open(poll);
            case "close" -> polls.close(poll);
            default -> polls.publish(poll);
        }
    }
}
