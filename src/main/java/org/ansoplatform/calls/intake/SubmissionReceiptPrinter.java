package org.ansoplatform.calls.intake;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.calls.ApplicationView;
import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.FormField;
import org.ansoplatform.calls.FormSection;
import org.ansoplatform.calls.definition.Answers;
import org.ansoplatform.platform.PdfRenderer;
import org.ansoplatform.platform.SignedInPerson;
import org.springframework.stereotype.Service;

/**
 * The PDF of exactly what was submitted, rendered from the snapshot taken at submission (later edits of
 * the call's texts change the labels, never the answers).
 */
@Service
public class SubmissionReceiptPrinter {

    private final ApplicationIntake applications;
    private final CallQueries calls;
    private final PdfRenderer pdf;

    SubmissionReceiptPrinter(ApplicationIntake applications, CallQueries calls, PdfRenderer pdf) {
        this.applications = applications;
        this.calls = calls;
        this.pdf = pdf;
    }

    public record Line(String label, String answer) {
    }

    /** The receipt and the reference it is named after. */
    public record Receipt(String reference, byte[] pdf) {
    }

    public Receipt pdf(UUID applicationId, SignedInPerson viewer, Locale locale) {
        ApplicationView application = applications.view(applicationId, viewer);
        Map<String, Object> snapshot = applications.submitted(application, viewer);
        CallView call = calls.any(application.callId());
        @SuppressWarnings("unchecked")
        Map<String, Object> answers = (Map<String, Object>) snapshot.getOrDefault("answers", Map.of());
        Map<String, List<Line>> sections = new LinkedHashMap<>();
        for (FormSection section : call.definition().form().sections()) {
            List<Line> lines = new ArrayList<>();
            for (FormField field : section.fields()) {
                if (!field.isFile()) {
                    lines.add(new Line(field.label().in(locale), Answers.display(field, answers.get(field.key()), call, locale)));
                }
            }
            sections.put(section.title().in(locale), lines);
        }
        ZoneId zone = call.definition().zone();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("app", application);
        model.put("callTitle", call.definition().title().in(locale));
        model.put("submittedAt", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(application.submittedAt().atZone(zone))
                + " (" + zone.getId() + ")");
        model.put("sections", sections);
        model.put("documents", snapshot.getOrDefault("documents", List.of()));
        model.put("referees", snapshot.getOrDefault("referees", List.of()));
        return new Receipt(application.reference(), pdf.render("calls/pdf/submission", model, locale));
    }
}
