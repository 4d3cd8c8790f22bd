package org.ansoplatform.calls;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.platform.PdfRenderer;
import org.ansoplatform.platform.SignedInPerson;
import org.ansoplatform.shared.CountryCode;
import org.springframework.stereotype.Service;

/**
 * The PDF of exactly what was submitted, rendered from the snapshot taken at submission (later edits of
 * the call's texts change the labels, never the answers).
 */
@Service
public class SubmissionReceipts {

    private final Applications applications;
    private final Calls calls;
    private final PdfRenderer pdf;

    SubmissionReceipts(Applications applications, Calls calls, PdfRenderer pdf) {
        this.applications = applications;
        this.calls = calls;
        this.pdf = pdf;
    }

    public record Line(String label, String answer) {
    }

    public byte[] pdf(UUID applicationId, SignedInPerson viewer, Locale locale) {
        ApplicationView application = applications.view(applicationId, viewer);
        Map<String, Object> snapshot = applications.submitted(applicationId, viewer);
        CallView call = calls.any(application.callId());
        @SuppressWarnings("unchecked")
        Map<String, Object> answers = (Map<String, Object>) snapshot.getOrDefault("answers", Map.of());
        Map<String, List<Line>> sections = new LinkedHashMap<>();
        for (FormSection section : call.definition().form().sections()) {
            List<Line> lines = new ArrayList<>();
            for (FormField field : section.fields()) {
                if (!field.isFile()) {
                    lines.add(new Line(field.label().in(locale), display(field, answers.get(field.key()), call, locale)));
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
        return pdf.render("calls/pdf/submission", model, locale);
    }

    private static String display(FormField field, Object answer, CallView call, Locale locale) {
        if (answer == null) {
            return "";
        }
        return switch (field.type()) {
            case SINGLE_CHOICE -> option(field, answer.toString(), locale);
            case MULTIPLE_CHOICE -> String.join(", ", ((List<?>) answer).stream().map(v -> option(field, v.toString(), locale)).toList());
            case HOST_RANKING -> {
                List<String> ranked = new ArrayList<>();
                List<?> codes = (List<?>) answer;
                for (int i = 0; i < codes.size(); i++) {
                    String code = codes.get(i).toString();
                    ranked.add((i + 1) + ". " + call.host(code).map(host -> host.name().in(locale)).orElse(code));
                }
                yield String.join("\n", ranked);
            }
            case COUNTRY -> CountryCode.isValid(answer.toString())
                    ? new Locale("", answer.toString()).getDisplayCountry(locale) + " (" + answer + ")" : answer.toString();
            default -> answer.toString();
        };
    }

    private static String option(FormField field, String value, Locale locale) {
        return field.options().stream().filter(option -> option.value().equals(value)).findFirst()
                .map(option -> option.label().in(locale)).orElse(value);
    }
}
