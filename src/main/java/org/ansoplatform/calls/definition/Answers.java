package org.ansoplatform.calls.definition;

import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.FormField;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ansoplatform.shared.CountryCode;

/** An answer as a reader sees it: option labels instead of codes, host names in rank order, country names. */
public final class Answers {

    private Answers() {
    }

    public static String display(FormField field, Object answer, CallView call, Locale locale) {
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
