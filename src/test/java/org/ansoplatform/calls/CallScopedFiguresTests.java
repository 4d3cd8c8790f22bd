package org.ansoplatform.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.ansoplatform.figures.FigureQueries;
import org.ansoplatform.figures.FigureRef;
import org.ansoplatform.platform.Records;
import org.ansoplatform.shared.FigureScope;
import org.ansoplatform.shared.Reader;
import org.ansoplatform.shared.RecordRef;
import org.ansoplatform.shared.RecordView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * The calls' figures narrowed to one call ({@code call=CODE}) and to a programme ({@code programme=CODE}): a call of
 * this test with three applications, two PhD and one Master's, and no selection yet. The scoped figures count this
 * call's records only, whatever year is asked; every track is a part before anything is awarded; an unknown call,
 * programme or scope kind names nothing.
 */
class CallScopedFiguresTests extends IntegrationTest {

    @Autowired
    CallManagement calls;

    @Autowired
    ApplicationIntake applications;

    @Autowired
    AccountManagement accounts;

    @Autowired
    FigureQueries figures;

    @Autowired
    Records records;

    @Autowired
    MessageSource messages;

    String code;
    int year;
    List<UUID> mine = new java.util.ArrayList<>();

    @BeforeEach
    void build() {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        code = CallTestData.code("scoped");
        CallDefinition definition = CallTestData.call(code, now.minusDays(1), now.plusDays(10), 0);
        year = definition.closesAt().atZone(ZoneOffset.UTC).getYear();
        UUID callId = calls.create(definition);
        apply(callId, "GH", "PHD");
        apply(callId, "KE", "PHD");
        apply(callId, "GH", "MASTER");
    }

    void apply(UUID callId, String nationality, String track) {
        Someone applicant = Someone.register(accounts, "Scoped Candidate " + nationality + track, "APPLICANT");
        UUID id = CallTestData.completeDraft(applications, callId, applicant, nationality, 0);
        applications.saveDraft(id, Map.of("track", track, "hosts", List.of("UCAS", "USTC")), applicant);
        applications.submit(id, null, applicant);
        mine.add(id);
    }

    @Test
    void aCallsFiguresCountItsOwnRecordsWhateverYearIsAsked() {
        FigureRef scoped = ref("calls.applications@call=" + code);
        FigureRef earlier = ref("calls.applications@call=" + code + "/2001");
        FigureRef phd = ref("calls.applications@call=" + code + "[PHD]");
        FigureRef master = ref("calls.applications@call=" + code + "[MASTER]");
        FigureRef countries = ref("calls.countries@call=" + code);
        FigureRef awardedPhd = ref("calls.awardees@call=" + code + "[PHD]");
        FigureRef unscoped = ref("calls.applications");
        Map<FigureRef, FigureQueries.Resolved> resolved = figures.resolve(List.of(scoped, earlier, phd, master, countries, awardedPhd,
                unscoped), year);

        assertThat(resolved.get(scoped).ok()).isTrue();
        assertThat(resolved.get(scoped).value()).isEqualTo(3);
        assertThat(resolved.get(scoped).records()).containsExactlyInAnyOrderElementsOf(refs(mine));
        assertThat(resolved.get(earlier).value()).as("a call is its own year").isEqualTo(3);
        assertThat(resolved.get(phd).value()).isEqualTo(2);
        assertThat(resolved.get(master).value()).isEqualTo(1);
        assertThat(resolved.get(countries).value()).isEqualTo(2);
        assertThat(resolved.get(awardedPhd).ok()).as("a track is a part before any award").isTrue();
        assertThat(resolved.get(awardedPhd).value()).isZero();
        assertThat(resolved.get(unscoped).records()).containsAll(refs(mine));
        assertThat(resolved.get(unscoped).value()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aProgrammesFiguresCountItsCallsOfTheYear() {
        FigureRef programme = ref("calls.applications@programme=test-programme");
        FigureRef before = ref("calls.applications@programme=test-programme/1990");
        Map<FigureRef, FigureQueries.Resolved> resolved = figures.resolve(List.of(programme, before), year);
        assertThat(resolved.get(programme).records()).containsAll(refs(mine));
        assertThat(resolved.get(before).ok()).as("a known programme without calls that year counts nothing").isTrue();
        assertThat(resolved.get(before).value()).isZero();
    }

    @Test
    void anUnknownCallProgrammeOrKindNamesNothing() {
        List<FigureRef> unknown = List.of(ref("calls.applications@call=no-such-call-" + code),
                ref("calls.applications@programme=no-such-programme"), ref("calls.applications@project=" + code));
        assertThat(figures.resolve(unknown, year).values())
                .allSatisfy(resolved -> assertThat(resolved.problem()).isEqualTo(FigureQueries.Problem.UNKNOWN_SCOPE));
        assertThat(figures.resolve(List.of(ref("calls.awardees@call=" + code + "[NOPE]")), year).values())
                .allSatisfy(resolved -> assertThat(resolved.problem()).isEqualTo(FigureQueries.Problem.UNKNOWN_PART));
    }

    @Test
    void theYearsCallsAndProgrammesAreOfferedByNameAndNameTheReference() {
        List<FigureScope.Choice> choices = figures.scopes(year).get("calls");
        assertThat(choices).anySatisfy(choice -> {
            assertThat(choice.scope()).isEqualTo(new FigureScope("call", code));
            assertThat(choice.label().in(Locale.ENGLISH)).isEqualTo("Test call " + code);
        });
        assertThat(choices).anySatisfy(choice -> assertThat(choice.scope()).isEqualTo(new FigureScope("programme", "test-programme")));

        FigureRef phd = ref("calls.applications@call=" + code + "[PHD]");
        assertThat(figures.name(phd, year, messages, Locale.ENGLISH)).isEqualTo("Applications submitted — Test call " + code);
        assertThat(figures.name(figures.resolve(List.of(phd), year).get(phd), messages, Locale.ENGLISH))
                .isEqualTo("Applications submitted — Test call " + code + " — PhD");
        assertThat(figures.name(ref("calls.applications@call=elsewhere"), year, messages, Locale.ENGLISH))
                .isEqualTo("Applications submitted — call=elsewhere");
    }

    @Test
    void anApplicationIsListedWithItsSubmissionDayAndTrackToThoseWhoMaySeeIt() {
        RecordRef first = RecordRef.of("calls", "application", mine.get(0));
        RecordView secretariat = records.describe(first, Reader.person(UUID.randomUUID(), Set.of("SECRETARIAT")), Locale.ENGLISH);
        assertThat(secretariat.date()).isEqualTo(clock.instant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate());
        assertThat(secretariat.detail()).isEqualTo("PhD");
        assertThat(secretariat.illustrative()).isFalse();
        RecordView stranger = records.describe(first, Reader.anonymous(), Locale.ENGLISH);
        assertThat(stranger.visible()).isFalse();
        assertThat(stranger.date()).isNull();
        assertThat(stranger.detail()).isNull();
    }

    static FigureRef ref(String text) {
        return FigureRef.parse(text).orElseThrow(() -> new AssertionError("not a reference: " + text));
    }

    static List<RecordRef> refs(List<UUID> ids) {
        return ids.stream().map(id -> RecordRef.of("calls", "application", id)).toList();
    }
}
