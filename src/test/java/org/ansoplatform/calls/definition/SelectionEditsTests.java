package org.ansoplatform.calls.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.ansoplatform.calls.SelectionSettings;
import org.ansoplatform.calls.Track;
import org.ansoplatform.calls.definition.SelectionEdits.CapInput;
import org.ansoplatform.calls.definition.SelectionEdits.TieBreakInput;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.shared.LocalizedText;
import org.junit.jupiter.api.Test;

/** The selection builder’s inputs: percents become shares, blank rows drop out, problems land on their row. */
class SelectionEditsTests {

    static final List<TieBreakInput> RAW_MEAN = List.of(new TieBreakInput("rawMean", "higher", null));

    @Test
    void aPercentBecomesAShareAndBlankRowsAreDropped() {
        SelectionSettings settings = SelectionEdits.settings(List.of(new CapInput("country", "PHD", "30", null),
                new CapInput("country", null, "", ""), new CapInput("organization", "", null, "4")),
                List.of(new TieBreakInput("rawMean", "higher", null), new TieBreakInput("", "higher", null),
                        new TieBreakInput("lot", null, "42")), "10", null);
        assertThat(settings.caps()).containsExactly(new SelectionSettings.CapSetting("country", "PHD", 0.3, null),
                new SelectionSettings.CapSetting("organization", null, null, 4));
        assertThat(settings.tieBreaks()).containsExactly(new SelectionSettings.TieBreakSetting("rawMean", "higher", null),
                new SelectionSettings.TieBreakSetting(null, null, 42L));
        assertThat(settings.offerDays()).isEqualTo(10);
        assertThat(CapInput.of(settings.caps().get(0)).percent()).isEqualTo("30");
        List<Track> tracks = List.of(new Track("PHD", LocalizedText.of("PhD", "博士"), 10));
        assertThat(settings.problemsByPath(tracks)).isEmpty();
        assertThat(settings.resolve(tracks).caps().get(0).maxCount()).isEqualTo(3);
    }

    @Test
    void aCapOverAHundredPercentOrNotANumberIsRefusedOnItsRow() {
        assertThatThrownBy(() -> SelectionEdits.settings(List.of(new CapInput("country", null, "", ""), new CapInput("country", null, "120", null),
                new CapInput("country", null, "many", null), new CapInput("country", null, "10", "3")), RAW_MEAN, null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(InvalidInputException.Violation::field, InvalidInputException.Violation::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("caps[0].maxShare", "callrules.cap.atMost100"),
                                org.assertj.core.groups.Tuple.tuple("caps[1].maxShare", "callrules.cap.number"),
                                org.assertj.core.groups.Tuple.tuple("caps[2].maxShare", "callrules.cap.oneLimit")));
    }

    @Test
    void aCapOnAnUnknownTrackIsFoundOnItsPath() {
        SelectionSettings settings = SelectionEdits.settings(List.of(new CapInput("country", "POSTDOC", "10", null)), RAW_MEAN, "400", null);
        assertThat(settings.problemsByPath(List.of(new Track("PHD", LocalizedText.of("PhD", "博士"), 10))))
                .extracting(InvalidInputException.Violation::field).containsExactly("caps[0].track", "offerDays");
    }

    @Test
    void tieBreaksMoveUpAndDownButNotPastTheEdge() {
        List<TieBreakInput> rules = List.of(new TieBreakInput("rawMean", "higher", null), new TieBreakInput("reviews", "lower", null));
        assertThat(SelectionEdits.move(rules, 1, true)).extracting(TieBreakInput::value).containsExactly("reviews", "rawMean");
        assertThat(SelectionEdits.move(rules, 0, true)).isEqualTo(rules);
        assertThat(SelectionEdits.move(rules, 1, false)).isEqualTo(rules);
    }
}
