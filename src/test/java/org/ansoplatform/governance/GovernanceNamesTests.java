package org.ansoplatform.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.platform.Languages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** Every governance enum shown to people has a name in every configured language, never its code (issue 15, item 8). */
class GovernanceNamesTests extends IntegrationTest {

    static final Map<Class<? extends Enum<?>>, String> SHOWN = Map.ofEntries(
            Map.entry(AmendmentState.class, "governance.amendmentState."), Map.entry(ApplicationState.class, "governance.state."),
            Map.entry(AssociationState.class, "governance.associationState."), Map.entry(Body.class, "governance.body."),
            Map.entry(Choice.class, "governance.choice."), Map.entry(Office.class, "governance.office."),
            Map.entry(Outcome.class, "governance.outcome."), Map.entry(PollState.class, "governance.motionState."),
            Map.entry(QuorumBasis.class, "governance.quorumBasis."), Map.entry(SessionMode.class, "governance.mode."),
            Map.entry(SessionStatus.class, "governance.status."), Map.entry(VotingRule.class, "governance.rule."),
            Map.entry(ScienceField.class, "governance.field."));

    @Autowired MessageSource messages;
    @Autowired Languages languages;

    @Test
    void everyGovernanceEnumShownToPeopleHasANameInEveryLanguage() {
        List<String> missing = new ArrayList<>();
        for (Locale locale : languages.locales()) {
            SHOWN.forEach((type, prefix) -> {
                for (Enum<?> constant : type.getEnumConstants()) {
                    String name = messages.getMessage(prefix + constant.name(), null, null, locale);
                    if (name == null || name.isBlank() || name.equals(constant.name())) {
                        missing.add(locale + " " + prefix + constant.name());
                    }
                }
            });
        }
        assertThat(missing).isEmpty();
    }
}
