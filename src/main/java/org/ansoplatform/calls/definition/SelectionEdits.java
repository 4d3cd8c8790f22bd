package org.ansoplatform.calls.definition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.ansoplatform.calls.SelectionSettings;
import org.ansoplatform.calls.SelectionSettings.BudgetSetting;
import org.ansoplatform.calls.SelectionSettings.CapSetting;
import org.ansoplatform.calls.SelectionSettings.TieBreakSetting;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.shared.Money;

/**
 * The selection builder’s edits, pure: caps typed as a percent of the quota or as a count, tie-breaks in order
 * (moved up or down, a blank row dropped), the days to answer an offer and the budget envelope. What cannot be read
 * is refused on the builder’s path ({@code caps[0].maxShare}); what can be read is then checked by
 * {@link SelectionSettings#problemsByPath} when it is saved.
 */
public final class SelectionEdits {

    /** A value that draws lots instead of comparing (its seed in {@code lot}). */
    public static final String LOT = "lot";

    /** A cap as typed: the attribute, the track (blank for all tracks), a percent or a count. */
    public record CapInput(String attribute, String track, String percent, String count) {

        boolean isBlank() {
            return blank(percent) && blank(count);
        }

        /** A cap as the builder shows it, its share as a percent. */
        public static CapInput of(CapSetting cap) {
            return new CapInput(cap.attribute(), cap.track(), cap.maxShare() == null ? null
                    : BigDecimal.valueOf(cap.maxShare()).movePointRight(2).stripTrailingZeros().toPlainString(),
                    cap.maxCount() == null ? null : String.valueOf(cap.maxCount()));
        }
    }

    /** A tie-break as typed: a value (or {@value #LOT}), higher or lower, and a seed for lots. */
    public record TieBreakInput(String value, String order, String seed) {

        public static TieBreakInput of(TieBreakSetting rule) {
            return rule.lot() != null ? new TieBreakInput(LOT, null, String.valueOf(rule.lot()))
                    : new TieBreakInput(rule.value(), rule.order() == null ? "higher" : rule.order(), null);
        }
    }

    /** The budget envelope as typed; null on a call without one. */
    public record BudgetInput(String amount, String currency, String amountField, Boolean skipToFit) {

        public static BudgetInput of(BudgetSetting budget) {
            return budget == null ? null : new BudgetInput(budget.envelope() == null ? null : budget.envelope().amount().toPlainString(),
                    budget.envelope() == null ? null : budget.envelope().currency(), budget.amountField(), budget.skips());
        }
    }

    private SelectionEdits() {
    }

    /** The settings the builder’s inputs describe; blank cap and tie-break rows are dropped. */
    public static SelectionSettings settings(List<CapInput> caps, List<TieBreakInput> tieBreaks, String offerDays, BudgetInput budget) {
        List<Violation> problems = new ArrayList<>();
        List<CapSetting> capSettings = new ArrayList<>();
        for (CapInput cap : caps == null ? List.<CapInput>of() : caps) {
            if (cap == null || cap.isBlank()) {
                continue;
            }
            String path = "caps[" + capSettings.size() + "].";
            Double share = null;
            Integer count = null;
            if (!blank(cap.percent()) && !blank(cap.count())) {
                problems.add(new Violation(path + "maxShare", "callrules.cap.oneLimit"));
            } else if (!blank(cap.percent())) {
                share = percent(cap.percent(), path + "maxShare", problems);
            } else {
                count = count(cap.count(), path + "maxCount", problems);
            }
            capSettings.add(new CapSetting(cap.attribute(), blank(cap.track()) ? null : cap.track().strip(), share, count));
        }
        List<TieBreakSetting> rules = new ArrayList<>();
        for (TieBreakInput rule : tieBreaks == null ? List.<TieBreakInput>of() : tieBreaks) {
            if (rule == null || blank(rule.value())) {
                continue;
            }
            if (LOT.equals(rule.value())) {
                Long seed = seed(rule.seed(), "tieBreaks[" + rules.size() + "].seed", problems);
                rules.add(new TieBreakSetting(null, null, seed == null ? 0L : seed));
            } else {
                rules.add(new TieBreakSetting(rule.value().strip(), blank(rule.order()) ? "higher" : rule.order(), null));
            }
        }
        Integer days = blank(offerDays) ? null : count(offerDays, "offerDays", problems);
        BudgetSetting envelope = budget == null ? null : budget(budget, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new SelectionSettings(capSettings, rules, days, envelope);
    }

    /** The tie-break at {@code index} one place up or down; at the edge nothing moves. */
    public static List<TieBreakInput> move(List<TieBreakInput> tieBreaks, int index, boolean up) {
        int other = up ? index - 1 : index + 1;
        if (index < 0 || index >= tieBreaks.size() || other < 0 || other >= tieBreaks.size()) {
            return tieBreaks;
        }
        List<TieBreakInput> result = new ArrayList<>(tieBreaks);
        result.set(index, tieBreaks.get(other));
        result.set(other, tieBreaks.get(index));
        return List.copyOf(result);
    }

    private static Double percent(String text, String field, List<Violation> problems) {
        BigDecimal value = decimal(text, field, problems);
        if (value == null) {
            return null;
        }
        if (value.compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.add(new Violation(field, "callrules.cap.atMost100"));
        } else if (value.signum() <= 0) {
            problems.add(new Violation(field, "callrules.cap.aboveZero"));
        }
        return value.movePointLeft(2).doubleValue();
    }

    private static Integer count(String text, String field, List<Violation> problems) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        problems.add(new Violation(field, "callrules.cap.count"));
        return null;
    }

    private static Long seed(String text, String field, List<Violation> problems) {
        try {
            return Long.parseLong(blank(text) ? "" : text.strip());
        } catch (NumberFormatException e) {
            problems.add(new Violation(field, "callrules.tieBreak.seed"));
            return null;
        }
    }

    private static BudgetSetting budget(BudgetInput budget, List<Violation> problems) {
        Money envelope = null;
        BigDecimal amount = decimal(budget.amount(), "budget.envelope", problems);
        if (amount != null) {
            try {
                envelope = Money.of(amount.toPlainString(), budget.currency() == null ? "" : budget.currency().strip());
            } catch (RuntimeException e) {
                problems.add(new Violation("budget.envelope", "calls.rules.budgetEnvelope"));
            }
        }
        return new BudgetSetting(envelope, blank(budget.amountField()) ? null : budget.amountField(), Boolean.TRUE.equals(budget.skipToFit()));
    }

    private static BigDecimal decimal(String text, String field, List<Violation> problems) {
        try {
            return new BigDecimal(text.strip().replace(',', '.').replace("%", "").strip());
        } catch (RuntimeException e) {
            problems.add(new Violation(field, "callrules.cap.number", text == null ? "" : text.strip()));
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
