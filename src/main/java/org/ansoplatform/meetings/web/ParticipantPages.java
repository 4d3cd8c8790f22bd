package org.ansoplatform.meetings.web;

import java.util.Locale;

import org.ansoplatform.meetings.MeetingLinks;
import org.ansoplatform.meetings.MeetingQueries;
import org.ansoplatform.meetings.MeetingView;
import org.ansoplatform.meetings.RegistrationManagement;
import org.ansoplatform.meetings.RegistrationQueries;
import org.ansoplatform.meetings.RegistrationView;
import org.ansoplatform.meetings.attendance.CertificateQueries;
import org.ansoplatform.platform.Flash;
import org.ansoplatform.platform.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The participant's own page, reached through the secret link of their email (status, online link once
 * confirmed, certificate, cancelling), and the public verification of certificates.
 */
@Controller
class ParticipantPages {

    private final MeetingQueries queries;
    private final RegistrationManagement registrations;
    private final RegistrationQueries registered;
    private final CertificateQueries certificates;
    private final PublicAddresses addresses;

    ParticipantPages(MeetingQueries queries, RegistrationManagement registrations, RegistrationQueries registered,
            CertificateQueries certificates, PublicAddresses addresses) {
        this.queries = queries;
        this.registrations = registrations;
        this.registered = registered;
        this.certificates = certificates;
        this.addresses = addresses;
    }

    @GetMapping("/meetings/registration")
    String registration(@RequestParam(required = false) String token, Model model) {
        RegistrationView registration = registered.byToken(token).orElseThrow(() -> new NotFoundException("registration"));
        MeetingView meeting = queries.byId(registration.meetingId()).orElseThrow();
        model.addAttribute("registration", registration);
        model.addAttribute("meeting", meeting);
        model.addAttribute("token", token);
        model.addAttribute("onlineLink", registered.onlineLink(registration).orElse(null));
        return "meetings/registration";
    }

    @PostMapping("/meetings/registration/cancel")
    String cancel(@RequestParam(required = false) String token, RedirectAttributes redirect) {
        Flash.outcome(redirect, () -> registrations.cancelWithToken(token), "meetings.registration.cancelled");
        return "redirect:" + MeetingLinks.registration(token);
    }

    @GetMapping("/meetings/registration/certificate")
    ResponseEntity<byte[]> certificate(@RequestParam(required = false) String token, Locale locale) {
        RegistrationView registration = registered.byToken(token).filter(RegistrationView::hasCertificate)
                .orElseThrow(() -> new NotFoundException("certificate"));
        return PublicAddresses.pdf(certificates.certificatePdf(registration,
                addresses.verifyUrl(registration.certificateCode()), locale),
                "certificate-" + registration.certificateCode() + ".pdf");
    }

    @GetMapping("/meetings/certificates/verify")
    String verify(@RequestParam(required = false) String code, Model model) {
        model.addAttribute("code", code);
        model.addAttribute("certificate", code == null || code.isBlank() ? null : certificates.verify(code).orElse(null));
        return "meetings/verify";
    }
}
