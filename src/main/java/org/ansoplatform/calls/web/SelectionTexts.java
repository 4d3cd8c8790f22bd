package org.ansoplatform.calls.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
            named(args, 3, locale);
        }
        if ("calls.selection.selected-past-cap".equals(decision.messageKey()) && args.size() > 6) {
            named(args, 5, locale);
        }
        budget(decision.messageKey(), args, call, locale);
        return messages.getMessage(decision.messageKey(), args.toArray(), decision.messageKey(), locale);
    }

    /** Under an envelope: the amounts in the reader's notation (with the currency's minor unit), the track where funding stopped by name. */
    private void budget(String key, List<Object> args, CallView call, Locale locale) {
        switch (key) {
            case "calls.selection.funded", "calls.selection.funded-to-fit" -> {
                amount(args, 4, 5, locale);
                amount(args, 6, 5, locale);
            }
            case "calls.selection.over-budget", "calls.selection.over-budget-stop" -> {
                amount(args, 3, 4, locale);
                amount(args, 5, 4, locale);
            }
            case "calls.selection.budget-stopped" -> {
                amount(args, 3, 4, locale);
                if (args.size() > 6) {
                    args.set(6, trackName(call, String.valueOf(args.get(6)), locale));
                }
            }
            default -> {
            }
        }
    }

    private static void amount(List<Object> args, int at, int currencyAt, Locale locale) {
        if (args.size() > Math.max(at, currencyAt)) {
            args.set(at, amount(new BigDecimal(String.valueOf(args.get(at))), String.valueOf(args.get(currencyAt)), locale));
        }
    }

    /** An amount as the reader writes numbers, with its currency's decimals: 1,000,000.00 (the currency code follows in the text). */
    static String amount(BigDecimal amount, String currency, Locale locale) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
        int digits;
        try {
            digits = Math.max(java.util.Currency.getInstance(currency).getDefaultFractionDigits(), 0);
        } catch (IllegalArgumentException unknown) {
            digits = 2;
        }
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(amount);
    }

    /** Money as the page shows it: the amount in the reader's notation and the currency code. */
    static String money(org.ansoplatform.shared.Money money, Locale locale) {
        return money == null ? "" : amount(money.amount(), money.currency(), locale) + " " + money.currency();
    }

    /** The cap's attribute at {@code at} and its value after it, by their names in the reader's language. */
    private void named(List<Object> args, int at, Locale locale) {
        String attribute = String.valueOf(args.get(at));
        args.set(at, messages.getMessage("calls.selection.attribute." + attribute, null, attribute, locale));
        args.set(at + 1, attributeValue(attribute, String.valueOf(args.get(at + 1)), locale));
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
        if ("lot".equals(tie.rule())) {
            // the draw itself (a 64-bit hash) explains nothing; the recorded seed reproduces it
            return messages.getMessage("calls.selection.tieLot", new Object[] {tie.aheadReference(), tie.behindReference(),
                    decimal(tie.score()), tie.aheadValue()}, locale);
        }
        String rule = messages.getMessage("calls.selection.rule." + ruleKey(tie.rule()), new Object[] {ruleArgument(tie.rule())},
                tie.rule(), locale);
        return messages.getMessage("calls.selection.tie", new Object[] {tie.aheadReference(), tie.behindReference(),
                decimal(tie.score()), rule, tie.aheadValue(), tie.behindValue()}, locale);
    }

    /** A score as the page, the exports and the texts show it: three decimals, rounded half up from the decimal it stands for. */
    static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP);
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
