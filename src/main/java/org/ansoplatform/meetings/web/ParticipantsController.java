package org.ansoplatform.meetings.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.ansoplatform.meetings.MeetingQueries;
import org.ansoplatform.meetings.MeetingView;
import org.ansoplatform.meetings.ParticipantMessages;
import org.ansoplatform.meetings.RegistrationManagement;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the Secretariat does to many participants of a meeting at once: approving a selection, writing to a group. */
@Controller
@RequestMapping(MeetingAdminController.PATH + "/{id}")
@PreAuthorize("hasRole('SECRETARIAT')")
class ParticipantsController {

    private final MeetingQueries queries;
    private final RegistrationManagement registrations;
    private final ParticipantMessages messages;
    private final MeetingAdminPage page;

    ParticipantsController(MeetingQueries queries, RegistrationManagement registrations, ParticipantMessages messages,
            MeetingAdminPage page) {
        this.queries = queries;
        this.registrations = registrations;
        this.messages = messages;
        this.page = page;
    }

    /** Approves the selected pending registrations, in order of arrival; others selected are left as they are. */
    @PostMapping("/registrations/approve-selected")
    String approveSelected(@PathVariable UUID id, @RequestParam(name = "ids", required = false) List<UUID> ids,
            RedirectAttributes redirect) {
        MeetingView meeting = existing(id);
        int approved = registrations.approveAll(meeting.id(), ids == null ? List.of() : ids);
        redirect.addFlashAttribute("meetingNotice", "meetings.admin.bulkApproved");
        redirect.addFlashAttribute("meetingNoticeCount", approved);
        return "redirect:" + MeetingAdminController.PATH + "/" + meeting.id();
    }

    @PostMapping("/message")
    String message(@PathVariable UUID id, @ModelAttribute("message") MessageForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        MeetingView meeting = existing(id);
        if (!result.hasErrors()) {
            try {
                int sent = messages.send(meeting.id(), form.group(), form.subject(), form.body());
                redirect.addFlashAttribute("meetingNotice", "meetings.message.sent");
                redirect.addFlashAttribute("meetingNoticeCount", sent);
                return "redirect:" + MeetingAdminController.PATH + "/" + meeting.id();
            } catch (InvalidInputException refusal) {
                FormErrors.refuse(refusal, result, response);
                return page.page(meeting, model);
            }
        }
        FormErrors.refused(response);
        return page.page(meeting, model);
    }

    private MeetingView existing(UUID id) {
        return queries.byId(id).orElseThrow(() -> new NotFoundException("meeting"));
    }
}
