package org.ansoplatform.calls.eligibility;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.ansoplatform.shared.CountryCode;
import org.springframework.context.MessageSource;

/**
 * Sentences for rules and reasons in one language: dates, degrees, countries and certificate kinds are
 * rendered before they reach the message, since MessageFormat knows none of them.
 */
final class RuleText {

    private final MessageSource messages;
    private final Locale locale;

    RuleText(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale == null ? Locale.ENGLISH : locale;
    }

    String describe(Rule rule) {
        if (rule instanceof WithReason r) {
            return describe(r.rule());
        } else if (rule instanceof AgeLimit r) {
            return message("eligibility.rule.age", r.maxAge(), date(r.referenceDate()));
        } else if (rule instanceof DegreeBy r) {
            return message("eligibility.rule.degree", degree(r.degree().name()), date(r.by()));
        } else if (rule instanceof Nationality r) {
            return nationality(r);
        } else if (rule instanceof DocumentsPresent r) {
            return message("eligibility.rule.documents", list(r.documentTypes().stream().map(this::document).toList()));
        } else if (rule instanceof LanguageCertificate r) {
            return message("eligibility.rule.language", certificates(r.accepted()));
        } else if (rule instanceof NotCurrentAwardee) {
            return message("eligibility.rule.notCurrentAwardee");
        } else if (rule instanceof AllOf r) {
            return message("eligibility.rule.allOf", items(r.rules()));
        } else if (rule instanceof AnyOf r) {
            return message("eligibility.rule.anyOf", items(r.rules()));
        } else if (rule instanceof Not r) {
            return message("eligibility.rule.not", clause(describe(r.rule())));
        }
        throw new IllegalStateException("Unknown rule " + rule);
    }

    String explain(Reason reason) {
        if (ReasonKeys.CUSTOM.equals(reason.messageKey()) && reason.args().size() == 2) {
            String text = RuleJson.readReason(String.valueOf(reason.args().get(1))).in(locale);
            if (!text.isBlank()) {
                return text;
            }
        }
        List<ReasonKeys.Arg> kinds = ReasonKeys.ARGS.getOrDefault(reason.messageKey(), List.of());
        Object[] args = new Object[reason.args().size()];
        for (int i = 0; i < args.length; i++) {
            Object arg = reason.args().get(i);
            args[i] = i < kinds.size() ? render(kinds.get(i), arg) : arg;
        }
        return messages.getMessage(reason.messageKey(), args, reason.messageKey(), locale);
    }

    private Object render(ReasonKeys.Arg kind, Object arg) {
        if (arg == null) {
            return "";
        }
        String text = arg.toString();
        return switch (kind) {
            case NUMBER, RULE_ID -> arg;
            case DATE -> arg instanceof LocalDate date ? date(date) : parsedDate(text);
            case DEGREE -> degree(text);
            case COUNTRY -> country(text);
            case DOCUMENT -> document(text);
            case CERTIFICATE -> certificate(text);
            case CERTIFICATE_LIST -> certificates(text.isBlank() ? List.of() : List.of(text.split(",")));
            case RULE_JSON -> ruleSentence(text);
        };
    }

    private String nationality(Nationality rule) {
        if (rule.included().isEmpty() && rule.excluded().isEmpty()) {
            return message("eligibility.rule.nationality.any");
        }
        if (rule.excluded().isEmpty()) {
            return message("eligibility.rule.nationality.only", countries(rule.included()));
        }
        if (rule.included().isEmpty()) {
            return message("eligibility.rule.nationality.except", countries(rule.excluded()));
        }
        return message("eligibility.rule.nationality.onlyExcept", countries(rule.included()), countries(rule.excluded()));
    }

    private String items(List<Rule> rules) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            items.add(message("eligibility.format.item", String.valueOf(i + 1), clause(describe(rules.get(i)))));
        }
        return String.join(message("eligibility.format.itemSeparator"), items);
    }

    /** A sentence without its final full stop, to be embedded in another sentence. */
    private static String clause(String sentence) {
        String text = sentence.strip();
        while (text.endsWith(".") || text.endsWith("。")) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }

    private String ruleSentence(String json) {
        try {
            return clause(describe(RuleJson.readOne(json)));
        } catch (RuntimeException e) {
            return json;
        }
    }

    String date(LocalDate date) {
        return DateTimeFormatter.ofPattern(message("eligibility.format.date"), locale).format(date);
    }

    private String parsedDate(String text) {
        try {
            return date(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return text;
        }
    }

    private String degree(String name) {
        return message("eligibility.degree." + name.toUpperCase(Locale.ROOT));
    }

    private String country(String code) {
        String upper = code.strip().toUpperCase(Locale.ROOT);
        return CountryCode.isValid(upper) ? new CountryCode(upper).displayName(locale) : code;
    }

    private String countries(Set<String> codes) {
        return list(codes.stream().map(this::country).toList());
    }

    private String document(String type) {
        return messages.getMessage("eligibility.document." + type, null, type, locale);
    }

    private String certificate(String kind) {
        String upper = kind.strip().toUpperCase(Locale.ROOT);
        return messages.getMessage("eligibility.certificate." + upper, null, kind, locale);
    }

    private String certificates(Collection<String> kinds) {
        return list(kinds.stream().map(this::certificate).toList());
    }

    private String list(List<String> values) {
        return String.join(message("eligibility.format.separator"), values);
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, locale);
    }
}
