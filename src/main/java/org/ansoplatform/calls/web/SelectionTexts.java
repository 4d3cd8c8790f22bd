package org.ansoplatform.calls.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.OfferStatus;
import org.ansoplatform.calls.SelectionSettings;
import org.ansoplatform.calls.SelectionView.DecisionView;
import org.ansoplatform.calls.SelectionView.TieView;
import org.ansoplatform.calls.selection.Decision;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationView;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Explanations of decisions, placements and ties in the reader's language: the stored message key with
 * its arguments, track and host codes replaced by their names, countries and organizations by theirs.
 */
@Component
class SelectionTexts {

    private final MessageSource messages;
    private final OrganizationQueries organizations;

    SelectionTexts(MessageSource messages, OrganizationQueries organizations) {
        this.messages = messages;
        this.organizations = organizations;
    }

    /** For example: rank 342 of 2,950; PhD quota line at 300; not selected. */
    String decision(DecisionView decision, CallView call, Locale locale) {
        List<Object> args = new ArrayList<>(decision.args());
        if (args.size() > 2) {
            args.set(2, trackName(call, String.valueOf(args.get(2)), locale));
        }
        if ("calls.selection.capped".equals(decision.messageKey()) && args.size() > 4) {
            String attribute = String.valueOf(args.get(3));
            args.set(3, messages.getMessage("calls.selection.attribute." + attribute, null, attribute, locale));
            args.set(4, attributeValue(attribute, String.valueOf(args.get(4)), locale));
        }
        return messages.getMessage(decision.messageKey(), args.toArray(), decision.messageKey(), locale);
    }

    String placement(DecisionView decision, CallView call, Locale locale) {
        if (decision.placementKey() == null) {
            return "";
        }
        List<Object> args = new ArrayList<>(decision.placementArgs());
        if ("calls.selection.placed".equals(decision.placementKey()) && !args.isEmpty()) {
            args.set(0, hostName(call, String.valueOf(args.get(0)), locale));
        }
        return messages.getMessage(decision.placementKey(), args.toArray(), decision.placementKey(), locale);
    }

    String tie(TieView tie, Locale locale) {
        String rule = messages.getMessage("calls.selection.rule." + ruleKey(tie.rule()), new Object[] {ruleArgument(tie.rule())},
                tie.rule(), locale);
        return messages.getMessage("calls.selection.tie", new Object[] {tie.aheadReference(), tie.behindReference(),
                String.format(Locale.ROOT, "%.3f", tie.score()), rule, tie.aheadValue(), tie.behindValue()}, locale);
    }

    private static String ruleKey(String rule) {
        return rule.startsWith(SelectionSettings.ANSWER) ? "answer" : rule.startsWith(SelectionSettings.CRITERION) ? "criterion" : rule;
    }

    /** The question's or criterion's key of a rule that reads one. */
    private static String ruleArgument(String rule) {
        return rule.substring(rule.indexOf(':') + 1);
    }

    String trackName(CallView call, String code, Locale locale) {
        return call.track(code).map(track -> track.name().in(locale)).orElse(code);
    }

    String hostName(CallView call, String code, Locale locale) {
        return code == null ? "" : call.host(code).map(host -> host.name().in(locale)).orElse(code);
    }

    String attributeValue(String attribute, String value, Locale locale) {
        if (SelectionSettings.ORGANIZATION.equals(attribute)) {
            try {
                return organizations.byId(UUID.fromString(value)).map(OrganizationView::name).orElse(value);
            } catch (IllegalArgumentException notAnId) {
                return value;
            }
        }
        if (SelectionSettings.COUNTRY.equals(attribute)) {
            return Countries.name(value, locale);
        }
        return value;
    }

    String outcome(Decision.Outcome outcome, Locale locale) {
        return messages.getMessage("calls.selection.outcome." + outcome.name(), null, outcome.name(), locale);
    }

    String offerStatus(OfferStatus status, Locale locale) {
        return status == null ? "" : messages.getMessage("calls.offer.status." + status.name(), null, status.name(), locale);
    }
}
