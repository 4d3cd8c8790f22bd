package org.ansoplatform.meetings.web;

import org.ansoplatform.shared.Programmes;
import org.ansoplatform.meetings.MeetingView;
import org.ansoplatform.meetings.RegistrationQueries;
import org.ansoplatform.meetings.StatisticsQueries;
import org.ansoplatform.meetings.attendance.CheckInWindow;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Everything the Secretariat's page of one meeting shows, for its page handler and for the forms on it that
 * show it again with their refusal (the attendance import, an attachment): forms already in the model (the
 * refused one, with its binding result) are kept.
 */
@Component
class MeetingAdminPage {

    static final String VIEW = "meetings/admin-meeting";

    private final RegistrationQueries registered;
    private final StatisticsQueries statistics;
    private final CheckInWindow checkIn;
    private final Programmes programmes;

    MeetingAdminPage(RegistrationQueries registered, StatisticsQueries statistics, CheckInWindow checkIn,
            Programmes programmes) {
        this.programmes = programmes;
        this.registered = registered;
        this.statistics = statistics;
        this.checkIn = checkIn;
    }

    static final int PAGE_SIZE = 50;

    String page(MeetingView meeting, Model model) {
        return page(meeting, RegistrationFilter.none(), model);
    }

    String page(MeetingView meeting, RegistrationFilter filter, Model model) {
        var result = registered.search(meeting.id(), filter.toQuery(), org.ansoplatform.shared.PageRequest.of(filter.page(), PAGE_SIZE));
        model.addAttribute("meeting", meeting);
        model.addAttribute("programme", programmes.byCode(meeting.programmeCode()).orElse(null));
        model.addAttribute("registrationsPage", result);
        model.addAttribute("registrations", result.items());
        model.addAttribute("registrationFilter", filter);
        model.addAttribute("statuses", org.ansoplatform.meetings.RegistrationStatus.values());
        model.addAttribute("statistics", statistics.forMeeting(meeting.id()));
        model.addAttribute("checkInOpen", checkIn.isOpen(meeting));
        model.addAttribute("checkInOpensOn", CheckInWindow.opensOn(meeting));
        if (!model.containsAttribute("upload")) {
            model.addAttribute("upload", new CsvUpload(null));
        }
        if (!model.containsAttribute("message")) {
            model.addAttribute("message", MessageForm.blank());
        }
        model.addAttribute("groups", org.ansoplatform.meetings.ParticipantMessages.Group.values());
        if (!model.containsAttribute("attachment")) {
            model.addAttribute("attachment", AttachmentUpload.none());
        }
        return VIEW;
    }
}
