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
import org.ansoplatform.calls.intake.ReceiptLines.Line;
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
    private final org.springframework.context.MessageSource messages;

    SubmissionReceiptPrinter(ApplicationIntake applications, CallQueries calls, PdfRenderer pdf,
            org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.applications = applications;
        this.calls = calls;
        this.pdf = pdf;
    }

    /** Each submitted document under its question's name, not its key: "Curriculum vitae", not "cv". */
    private static List<Line> documents(Map<String, Object> snapshot, CallView call, Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        call.definition().form().documents().forEach(field -> labels.put(field.key(), field.label().in(locale)));
        List<Line> lines = new ArrayList<>();
        for (Object entry : (List<?>) snapshot.getOrDefault("documents", List.of())) {
            Map<?, ?> document = (Map<?, ?>) entry;
            String type = String.valueOf(document.get("type"));
            long size = document.get("sizeBytes") instanceof Number number ? number.longValue() : 0;
            lines.add(new Line(labels.getOrDefault(type, type),
                    document.get("fileName") + " (" + org.ansoplatform.files.FileSizes.humanReadable(size) + ")"));
        }
        return lines;
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
        Map<String, List<Line>> sections = ReceiptLines.of(call, answers, locale, messages);
        ZoneId zone = call.definition().zone();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("app", application);
        model.put("callTitle", call.definition().title().in(locale));
        model.put("submittedAt", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(application.submittedAt().atZone(zone))
                + " (" + zone.getId() + ")");
        model.put("sections", sections);
        model.put("documents", documents(snapshot, call, locale));
        model.put("referees", snapshot.getOrDefault("referees", List.of()));
        return new Receipt(application.reference(), pdf.render("calls/pdf/submission", model, locale));
    }
}
