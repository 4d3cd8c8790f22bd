package org.ansoplatform.calls.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.ansoplatform.calls.ApplicationForm;
import org.ansoplatform.calls.CallDefinition;
import org.ansoplatform.calls.CallStatus;
import org.ansoplatform.calls.FieldType;
import org.ansoplatform.calls.FormField;
import org.ansoplatform.calls.FormSection;
import org.ansoplatform.calls.eligibility.AgeLimit;
import org.ansoplatform.calls.eligibility.DegreeBy;
import org.ansoplatform.calls.eligibility.Eligibility;
import org.ansoplatform.calls.eligibility.Rule;
import org.ansoplatform.shared.LocalizedText;
import org.junit.jupiter.api.Test;

/** Next year’s call from a call of 2027: 2028 in its dates, title, description and eligibility; what else names 2027 is listed. */
class NextRoundTests {

    static CallDefinition call2027() {
        ApplicationForm form = new ApplicationForm(List.of(new FormSection("about", LocalizedText.of("About you", "个人信息"), List.of(
                new FormField("degreeDate", FieldType.DATE, LocalizedText.of("Degree expected by August 2027", "2027年8月前获得学位"),
                        LocalizedText.of("Give the date. Degrees after 2027 do not count.", null), true, null, null, null, null)))));
        return new CallDefinition("scholarship", "scholarship-2027", "SYT27",
                LocalizedText.of("ANSO Scholarship 2027", "2027年ANSO奖学金"),
                LocalizedText.of("Scholarships for 2027. Enrolment in September 2027. Reference SYT2027 stays.", "2027年9月入学。"),
                ZoneId.of("Asia/Shanghai"), LocalDateTime.of(2026, 12, 1, 0, 0), LocalDateTime.of(2027, 4, 30, 23, 59), CallStatus.CLOSED, 2, 5,
                List.of(), List.of(), form, """
                [{"type": "age-limit", "id": "age", "maxAge": 35, "referenceDate": "2027-09-01", "reason": {"en": "Under 36 in 2027."}},
                 {"type": "all-of", "id": "both", "rules": [{"type": "degree-by", "id": "degree", "degree": "BACHELOR", "by": "2027-08-31"}]}]""");
    }

    @Test
    void theNextRoundIsAYearLaterInItsCodeDatesTitleAndEligibility() {
        NextRound.Proposal next = NextRound.propose(call2027(), code -> code.equals("scholarship-2028"));
        assertThat(next.code()).isEqualTo("scholarship-2028-copy");
        assertThat(next.referencePrefix()).isEqualTo("SYT28");
        assertThat(next.opens()).isEqualTo(LocalDateTime.of(2027, 12, 1, 0, 0));
        assertThat(next.closes()).isEqualTo(LocalDateTime.of(2028, 4, 30, 23, 59));
        assertThat(next.title().values()).containsEntry("en", "ANSO Scholarship 2028").containsEntry("zh", "2028年ANSO奖学金");
        // both years of the call move on in one pass: 2026 (opening) becomes 2027 and 2027 becomes 2028, never 2029
        assertThat(next.description().get("en")).isEqualTo("Scholarships for 2028. Enrolment in September 2028. Reference SYT2027 stays.");
        List<Rule> rules = Eligibility.fromJson(next.eligibility());
        assertThat(((AgeLimit) org.ansoplatform.calls.eligibility.WithReason.bare(rules.get(0))).referenceDate())
                .isEqualTo(LocalDate.of(2028, 9, 1));
        assertThat(EligibilityEdits.find(rules, "1.0")).isEqualTo(new DegreeBy("degree", org.ansoplatform.calls.eligibility.Degree.BACHELOR,
                LocalDate.of(2028, 8, 31)));
        assertThat(NextRound.propose(call2027(), code -> false).code()).isEqualTo("scholarship-2028");
        assertThat(NextRound.nextPrefix("X99")).isEqualTo("X00");
        assertThat(NextRound.nextCode("summer-school")).isEqualTo("summer-school-next");
        assertThat(NextRound.years(new CallDefinition("p", "c", "P", call2027().title(), call2027().description(), ZoneId.of("UTC"),
                LocalDateTime.of(2031, 3, 1, 9, 0), LocalDateTime.of(2031, 5, 1, 9, 0), CallStatus.DRAFT, 0, 0, List.of(), List.of(), null,
                "[]"))).containsExactly(2031);
    }

    @Test
    void whatStillNamesTheOldYearIsListedSentenceBySentence() {
        CallDefinition call = call2027();
        List<YearMentions.Mention> mentions = YearMentions.find(call, List.of(), Set.of(2027));
        assertThat(mentions).extracting(YearMentions.Mention::place, YearMentions.Mention::language, YearMentions.Mention::excerpt)
                .contains(org.assertj.core.groups.Tuple.tuple("callrules.clone.place.description", "en", "Enrolment in September 2027."),
                        org.assertj.core.groups.Tuple.tuple("callrules.clone.place.label", "en", "Degree expected by August 2027"),
                        org.assertj.core.groups.Tuple.tuple("callrules.clone.place.help", "en", "Degrees after 2027 do not count."),
                        org.assertj.core.groups.Tuple.tuple("callrules.clone.place.title", "zh", "2027年ANSO奖学金"));
        assertThat(mentions).noneMatch(m -> m.excerpt().contains("Give the date"));
        assertThat(mentions).noneMatch(m -> m.excerpt().equals("Reference SYT2027 stays."));
    }
}
