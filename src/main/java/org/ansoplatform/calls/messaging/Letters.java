package org.ansoplatform.calls.messaging;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ansoplatform.calls.ApplicantMailer.Letter;
import org.ansoplatform.calls.ApplicationView;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.CallsPaths;
import org.ansoplatform.calls.intake.ApplicantMessaging;
import org.ansoplatform.shared.LocalizedText;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Writes one recipient's message: the mailing's text in the reader's language, every merge field filled in for them. */
@Component
class Letters {

    private final ApplicantMessaging applications;
    private final MessageSource messages;
    private final Environment environment;

    Letters(ApplicantMessaging applications, MessageSource messages, Environment environment) {
        this.applications = applications;
        this.messages = messages;
        this.environment = environment;
    }

    /**
     * A name the applicant typed, as it may stand in the Secretariat's mail: what a mail client would turn into a link
     * is broken (as the platform's own mails do with names), so that a name never reads as the platform's link.
     */
    static String asText(String name) {
        return name == null ? "" : name.replace("://", "[:]//")
                .replaceAll("(?<=[\\p{L}\\p{N}])\\.(?=\\p{L}{2})", "[.]")
                .replaceAll("(?<=[\\p{L}\\p{N}])@(?=[\\p{L}\\p{N}])", "[at]");
    }

    Letter write(LocalizedText subject, LocalizedText body, ApplicationView application, CallView call, Locale locale) {
        String subjectText = subject.in(locale);
        String bodyText = body.in(locale);
        Map<String, String> values = new HashMap<>();
        values.put("name", asText(application.applicantName()));
        values.put("reference", application.reference() == null ? "" : application.reference());
        values.put("call", call.definition().title().in(locale));
        values.put("deadline", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                .format(call.definition().closesAt().atZone(call.definition().zone())) + " (" + call.definition().zone().getId() + ")");
        String base = environment.getProperty("anso.base-url", "http://localhost:8080");
        values.put("link", (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + CallsPaths.application(application.id()));
        if (MergeFields.uses(subjectText, "missing") || MergeFields.uses(bodyText, "missing")) {
            List<String> missing = applications.missing(application, call, locale);
            values.put("missing", missing.isEmpty() ? messages.getMessage("callmessaging.missing.nothing", null, locale)
                    : "- " + String.join("\n- ", missing));
        }
        // a subject is one line: a list merged into it reads as a list on one line
        Map<String, String> inSubject = new HashMap<>(values);
        inSubject.computeIfPresent("missing", (key, value) -> value.replace("\n- ", ", ").replaceFirst("^- ", ""));
        return new Letter(MergeFields.merge(subjectText, inSubject), MergeFields.merge(bodyText, values));
    }
}
