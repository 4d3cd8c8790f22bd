package org.ansoplatform.meetings.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.ansoplatform.meetings.MeetingQueries;
import org.ansoplatform.meetings.MeetingView;
import org.ansoplatform.meetings.RegistrationManagement;
import org.ansoplatform.meetings.RegistrationQueries;
import org.ansoplatform.meetings.RegistrationView;
import org.ansoplatform.meetings.attendance.AttendanceManagement;
import org.ansoplatform.meetings.attendance.CertificateQueries;
import org.ansoplatform.platform.Flash;
import org.ansoplatform.platform.FormErrors;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.TableExport;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One meeting's registrations for the Secretariat, in order of arrival: approval, refusal and cancellation,
 * the check-in list, online attendance from a CSV, certificates.
 */
@Controller
@RequestMapping(MeetingAdminController.PATH + "/{id}")
@PreAuthorize("hasRole('SECRETARIAT')")
class RegistrationAdminController {

    private final MeetingQueries queries;
    private final RegistrationManagement registrations;
    private final RegistrationQueries registered;
    private final AttendanceManagement attendance;
    private final CertificateQueries certificates;
    private final PublicAddresses addresses;
    private final MeetingAdminPage page;

    RegistrationAdminController(MeetingQueries queries, RegistrationManagement registrations,
            RegistrationQueries registered, AttendanceManagement attendance, CertificateQueries certificates,
            PublicAddresses addresses, MeetingAdminPage page) {
        this.queries = queries;
        this.registrations = registrations;
        this.registered = registered;
        this.attendance = attendance;
        this.certificates = certificates;
        this.addresses = addresses;
        this.page = page;
    }

    @GetMapping
    String meeting(@PathVariable UUID id, @ModelAttribute("registrationFilter") RegistrationFilter filter,
            BindingResult ignored, Model model) {
        return page.page(existing(id), filter, model);
    }

    /** The registrations that match the filter, with the answers to the meeting's questions, as CSV or XLSX. */
    @GetMapping("/registrations.{format}")
    ResponseEntity<byte[]> export(@PathVariable UUID id, @PathVariable String format,
            @ModelAttribute("registrationFilter") RegistrationFilter filter, BindingResult ignored, Locale locale) {
        MeetingView meeting = existing(id);
        boolean xlsx = switch (format) {
            case "csv" -> false;
            case "xlsx" -> true;
            default -> throw new NotFoundException("format");
        };
        List<String> headers = new ArrayList<>(List.of("name", "email", "country", "organization", "role", "gender",
                "status", "registered_at", "attended", "attendance_source", "certificate"));
        meeting.questions().forEach(q -> headers.add(q.label(locale)));
        List<List<Object>> rows = new ArrayList<>();
        for (RegistrationView r : registered.matching(meeting.id(), filter.toQuery())) {
            List<Object> row = new ArrayList<>(List.of(r.name(), r.email(), r.country(),
                    r.organization() == null ? "" : r.organization(), r.role().name(),
                    r.gender() == null ? "" : r.gender().name(), r.status().name(), r.createdAt().toString(),
                    r.attended(), r.attendanceSource() == null ? "" : r.attendanceSource(),
                    r.hasCertificate() ? r.certificateCode() : ""));
            for (int i = 0; i < meeting.questions().size(); i++) {
                row.add(i < r.answers().size() ? meeting.questions().get(i).display(r.answers().get(i), locale) : "");
            }
            rows.add(row);
        }
        byte[] bytes = xlsx ? TableExport.xlsx("Registrations", headers, rows) : TableExport.csv(headers, rows);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"registrations-" + meeting.id() + "." + format + "\"")
                .contentType(MediaType.parseMediaType(xlsx ? TableExport.XLSX_TYPE : TableExport.CSV_TYPE))
                .body(bytes);
    }

    /** A button without fields: the outcome is shown after the redirect. */
    @PostMapping("/registrations/{registrationId}/{action}")
    String act(@PathVariable UUID id, @PathVariable UUID registrationId, @PathVariable String action,
            RedirectAttributes redirect) {
        MeetingView meeting = existing(id);
        registered.byId(registrationId).filter(r -> r.meetingId().equals(meeting.id()))
                .orElseThrow(() -> new NotFoundException("registration"));
        Runnable step = switch (action) {
            case "approve" -> () -> registrations.approve(registrationId);
            case "reject" -> () -> registrations.reject(registrationId);
            case "cancel" -> () -> registrations.cancelAsSecretariat(registrationId);
            case "attended" -> () -> attendance.mark(meeting.id(), registrationId, true);
            case "absent" -> () -> attendance.mark(meeting.id(), registrationId, false);
            default -> throw new NotFoundException("action");
        };
        Flash.outcome(redirect, step, "flash.saved");
        return "redirect:" + MeetingAdminController.PATH + "/" + meeting.id();
    }

    @PostMapping("/attendance")
    String importAttendance(@PathVariable UUID id, @ModelAttribute("upload") CsvUpload upload, BindingResult result,
            Model model, HttpServletResponse response) {
        MeetingView meeting = existing(id);
        try (InputStream content = upload.empty() ? InputStream.nullInputStream() : upload.file().getInputStream()) {
            model.addAttribute("attendance", attendance.importOnline(meeting.id(), content));
        } catch (InvalidInputException refusal) {
            FormErrors.refuse(refusal, result, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return page.page(meeting, model);
    }

    @GetMapping("/registrations/{registrationId}/certificate")
    ResponseEntity<byte[]> certificate(@PathVariable UUID id, @PathVariable UUID registrationId, Locale locale) {
        MeetingView meeting = existing(id);
        RegistrationView registration = registered.byId(registrationId)
                .filter(r -> r.meetingId().equals(meeting.id()) && r.hasCertificate())
                .orElseThrow(() -> new NotFoundException("certificate"));
        return PublicAddresses.pdf(certificates.certificatePdf(registration,
                addresses.verifyUrl(registration.certificateCode()), locale),
                "certificate-" + registration.certificateCode() + ".pdf");
    }

    private MeetingView existing(UUID id) {
        return queries.byId(id).orElseThrow(() -> new NotFoundException("meeting"));
    }
}
