package org.ansoplatform.partnerships.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.ansoplatform.partnerships.technology.matching.Matchmaking;
import org.ansoplatform.shared.CountryCode;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The matchmaking's reasons in the reader's language: sectors, models and countries named, each with its points. */
@Component
class TechnologyTexts {

    private final MessageSource messages;

    TechnologyTexts(MessageSource messages) {
        this.messages = messages;
    }

    List<String> reasons(Matchmaking.Match match, Locale locale) {
        return match.reasons().stream().map(reason -> reason(reason, locale)).toList();
    }

    String reason(Matchmaking.Reason reason, Locale locale) {
        String shared = switch (reason.kind()) {
            case SECTOR -> reason.shared().stream().map(s -> message("technology.sector." + s, locale)).collect(Collectors.joining(", "));
            case MODEL -> reason.shared().stream().map(s -> message("technology.model." + s, locale)).collect(Collectors.joining(", "));
            case COUNTRY -> reason.shared().stream().map(c -> new CountryCode(c).displayName(locale)).collect(Collectors.joining(", "));
            case SDG -> String.join(", ", reason.shared());
            case TRL, ANY_COUNTRY -> "";
        };
        Object[] arguments = reason.kind() == Matchmaking.Kind.TRL
                ? new Object[] {reason.shared().get(0), reason.shared().get(1), reason.points()}
                : new Object[] {shared, reason.points()};
        return messages.getMessage("technology.match." + reason.kind().name(), arguments, locale);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
