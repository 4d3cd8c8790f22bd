package org.ansoplatform.calls.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.ansoplatform.calls.ApplicationForm;
import org.ansoplatform.calls.CallDefinition;
import org.ansoplatform.calls.CallStatus;
import org.ansoplatform.calls.FieldType;
import org.ansoplatform.calls.FormField;
import org.ansoplatform.calls.FormSection;
import org.ansoplatform.calls.Track;
import org.ansoplatform.shared.LocalizedText;
import org.junit.jupiter.api.Test;

/** The track question offers exactly the call’s tracks, and says what it now offers. */
class TrackChoiceTests {

    private static final Track PHD = new Track("PHD", LocalizedText.of("PhD", "博士"), 3);
    private static final Track POSTDOC = new Track("POSTDOC", LocalizedText.of("Postdoc", "博士后"), 1);

    @Test
    void aNewTrackBecomesAnOptionNamedAsTheTrack() {
        TrackChoice.Result result = TrackChoice.apply(call(List.of(PHD, POSTDOC), trackQuestion("PHD", "Doctorate")));
        FormField question = result.definition().form().field("track").orElseThrow();
        assertThat(question.options()).extracting(FormField.Option::value).containsExactly("PHD", "POSTDOC");
        assertThat(question.options().get(0).label().get("en")).as("an option kept keeps its label").isEqualTo("Doctorate");
        assertThat(question.options().get(1).label().get("en")).isEqualTo("Postdoc");
        assertThat(result.offered()).containsExactly(POSTDOC);
        assertThat(result.withdrawn()).isEmpty();
    }

    @Test
    void anOptionThatIsNoTrackGoes() {
        TrackChoice.Result result = TrackChoice.apply(call(List.of(PHD), trackQuestion("PHD", "PhD", "MASTER", "Master")));
        assertThat(result.definition().form().field("track").orElseThrow().options()).extracting(FormField.Option::value).containsExactly("PHD");
        assertThat(result.withdrawn()).containsExactly("MASTER");
        assertThat(result.changed()).isTrue();
    }

    @Test
    void aFormInStepOrWithoutATrackQuestionIsLeftAsItIs() {
        CallDefinition inStep = call(List.of(PHD), trackQuestion("PHD", "PhD"));
        assertThat(TrackChoice.apply(inStep).definition()).isSameAs(inStep);
        CallDefinition without = call(List.of(PHD, POSTDOC), new FormField("level", FieldType.SINGLE_CHOICE, LocalizedText.of("Level", "级别"),
                null, true, null, List.of(new FormField.Option("A", LocalizedText.of("A", "A"))), null, null));
        assertThat(TrackChoice.apply(without).changed()).isFalse();
        assertThat(TrackChoice.apply(without).definition()).isSameAs(without);
    }

    private static FormField trackQuestion(String... valuesAndLabels) {
        List<FormField.Option> options = new java.util.ArrayList<>();
        for (int i = 0; i < valuesAndLabels.length; i += 2) {
            options.add(new FormField.Option(valuesAndLabels[i], LocalizedText.of(valuesAndLabels[i + 1], valuesAndLabels[i + 1])));
        }
        return new FormField("track", FieldType.SINGLE_CHOICE, LocalizedText.of("Track", "类别"), null, true, null, options, null, null);
    }

    private static CallDefinition call(List<Track> tracks, FormField question) {
        return new CallDefinition("p", "c-2030", "C30", LocalizedText.of("C", "C"), LocalizedText.of("D", "D"), ZoneId.of("UTC"),
                LocalDateTime.of(2030, 1, 1, 0, 0), LocalDateTime.of(2030, 2, 1, 0, 0), CallStatus.DRAFT, 0, 0, tracks, List.of(),
                new ApplicationForm(List.of(new FormSection("s", LocalizedText.of("S", "S"), List.of(question)))), "[]");
    }
}
