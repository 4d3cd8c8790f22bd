package org.ansoplatform.partnerships.technology;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.ansoplatform.partnerships.IntroductionStatus;
import org.ansoplatform.partnerships.TechnologyStatus;
import org.ansoplatform.platform.InvalidInputException;

/**
 * The steps an offer or a request and an introduction may take, and nothing else: publishing needs a submitted
 * profile (the Secretariat's review), an introduction needs the Secretariat's forwarding and then the other side's
 * acceptance. A step from the wrong status is refused with a message naming both statuses.
 */
public final class Transitions {

    private static final Map<TechnologyStatus, Set<TechnologyStatus>> TECHNOLOGY = Map.of(
            TechnologyStatus.DRAFT, EnumSet.of(TechnologyStatus.SUBMITTED, TechnologyStatus.ARCHIVED),
            TechnologyStatus.SUBMITTED, EnumSet.of(TechnologyStatus.PUBLISHED, TechnologyStatus.DRAFT, TechnologyStatus.ARCHIVED),
            TechnologyStatus.PUBLISHED, EnumSet.of(TechnologyStatus.PUBLISHED, TechnologyStatus.EXPIRED, TechnologyStatus.ARCHIVED),
            TechnologyStatus.EXPIRED, EnumSet.of(TechnologyStatus.PUBLISHED, TechnologyStatus.ARCHIVED),
            TechnologyStatus.ARCHIVED, EnumSet.noneOf(TechnologyStatus.class));

    private static final Map<IntroductionStatus, Set<IntroductionStatus>> INTRODUCTION = Map.of(
            IntroductionStatus.EXPRESSED, EnumSet.of(IntroductionStatus.FORWARDED, IntroductionStatus.DECLINED),
            IntroductionStatus.FORWARDED, EnumSet.of(IntroductionStatus.INTRODUCED, IntroductionStatus.REFUSED),
            IntroductionStatus.INTRODUCED, EnumSet.of(IntroductionStatus.NEGOTIATING, IntroductionStatus.AGREEMENT_SIGNED,
                    IntroductionStatus.NO_DEAL),
            IntroductionStatus.NEGOTIATING, EnumSet.of(IntroductionStatus.AGREEMENT_SIGNED, IntroductionStatus.NO_DEAL));

    private Transitions() {
    }

    public static void check(TechnologyStatus from, TechnologyStatus to) {
        if (!TECHNOLOGY.getOrDefault(from, Set.of()).contains(to)) {
            String key = to == TechnologyStatus.PUBLISHED && from == TechnologyStatus.DRAFT
                    ? "technology.error.notReviewed" : "technology.error.step";
            throw new InvalidInputException(null, key, from.name(), to.name());
        }
    }

    public static void check(IntroductionStatus from, IntroductionStatus to) {
        if (!INTRODUCTION.getOrDefault(from, Set.of()).contains(to)) {
            throw new InvalidInputException(null, "technology.error.introductionStep", from.name(), to.name());
        }
    }

    public static boolean allowed(IntroductionStatus from, IntroductionStatus to) {
        return INTRODUCTION.getOrDefault(from, Set.of()).contains(to);
    }
}
