package org.ansoplatform.governance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Statutes: numbered versions, each complete (consolidated), with articles and sub-articles numbered like
 * 8 or 8.3. An amendment proposes a new text for one article of the version in force; the Board endorses it
 * and the Assembly adopts it (both through decisions), which produces the next version. Proposing against,
 * or adopting on top of, a version that is no longer in force is refused.
 */
@Service
@Transactional
public class Statutes {

    public enum AmendmentState { PROPOSED, ENDORSED, ADOPTED, REJECTED }

    public record VersionView(UUID id, int number, LocalDate effectiveFrom, UUID adoptedBy, String note) {
    }

    public record ArticleView(String number, int position, String heading, String body) {
    }

    public record AmendmentCommand(Integer baseVersion, String articleNumber, String heading, String body, String rationale) {
    }

    public record AmendmentView(UUID id, UUID baseVersionId, int baseVersion, String articleNumber, String heading,
            String body, String rationale, AmendmentState state, Instant proposedAt, UUID endorsedBy, UUID adoptedBy,
            Integer resultVersion) {
    }

    /** One article in a comparison: its text in each version (null where absent) and the differences. */
    public record ArticleComparison(String number, ArticleView before, ArticleView after, List<TextDiff.Segment> diff,
            boolean changed) {
    }

    private final JdbcClient jdbc;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;

    Statutes(JdbcClient jdbc, CurrentActor currentActor, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.currentActor = currentActor;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<VersionView> versions() {
        return jdbc.sql("select * from governance.statute_version order by number desc").query(Statutes::version).list();
    }

    /** The version in force: the highest number. */
    @Transactional(readOnly = true)
    public Optional<VersionView> current() {
        return jdbc.sql("select * from governance.statute_version order by number desc limit 1").query(Statutes::version).optional();
    }

    @Transactional(readOnly = true)
    public VersionView version(int number) {
        return jdbc.sql("select * from governance.statute_version where number = :n").param("n", number)
                .query(Statutes::version).optional().orElseThrow(() -> new NotFoundException("statute version"));
    }

    @Transactional(readOnly = true)
    public List<ArticleView> articles(int number) {
        return jdbc.sql("""
                        select a.* from governance.article a join governance.statute_version v on v.id = a.version_id
                        where v.number = :n order by a.position""")
                .param("n", number)
                .query((rs, row) -> new ArticleView(rs.getString("number"), rs.getInt("position"), rs.getString("heading"),
                        rs.getString("body")))
                .list();
    }

    /** Every article of two versions side by side, with word-level differences from the first to the second. */
    @Transactional(readOnly = true)
    public List<ArticleComparison> compare(int from, int to) {
        version(from);
        version(to);
        Map<String, ArticleView> before = new LinkedHashMap<>();
        articles(from).forEach(a -> before.put(a.number(), a));
        Map<String, ArticleView> after = new LinkedHashMap<>();
        articles(to).forEach(a -> after.put(a.number(), a));
        List<String> numbers = new ArrayList<>(after.keySet());
        before.keySet().stream().filter(n -> !after.containsKey(n)).forEach(numbers::add);
        numbers.sort(Comparator.comparing(Statutes::sortKey));
        List<ArticleComparison> rows = new ArrayList<>();
        for (String n : numbers) {
            ArticleView a = before.get(n);
            ArticleView b = after.get(n);
            List<TextDiff.Segment> diff = TextDiff.of(text(a), text(b));
            rows.add(new ArticleComparison(n, a, b, diff, TextDiff.changed(diff)));
        }
        return rows;
    }

    /** Proposes a new text for one article (an existing number or a new one) of the version in force. */
    public UUID propose(AmendmentCommand command) {
        Actor actor = currentActor.get();
        VersionView current = current().orElseThrow(() -> new NotFoundException("statute version"));
        List<Violation> violations = new ArrayList<>();
        if (command.baseVersion() != null && command.baseVersion() != current.number()) {
            violations.add(new Violation("baseVersion", "governance.error.supersededVersion", command.baseVersion(),
                    current.number()));
        }
        String number = Values.trim(command.articleNumber());
        if (number == null) {
            violations.add(new Violation("articleNumber", "validation.required"));
        } else if (!number.matches("\\d{1,3}(\\.\\d{1,3}){0,2}")) {
            violations.add(new Violation("articleNumber", "governance.error.articleNumber"));
        }
        String body = Values.trim(command.body());
        if (body == null) {
            violations.add(new Violation("body", "validation.required"));
        } else if (body.length() > 20_000) {
            violations.add(new Violation("body", "validation.tooLong", 20_000));
        }
        String heading = Values.trim(command.heading());
        if (heading != null && heading.length() > 300) {
            violations.add(new Violation("heading", "validation.tooLong", 300));
        }
        String rationale = Values.trim(command.rationale());
        if (rationale != null && rationale.length() > 4000) {
            violations.add(new Violation("rationale", "validation.tooLong", 4000));
        }
        if (violations.isEmpty()) {
            Optional<ArticleView> existing = article(current.number(), number);
            if (existing.isPresent() && existing.get().body().equals(body)
                    && java.util.Objects.equals(existing.get().heading(), heading)) {
                violations.add(new Violation("body", "governance.error.unchanged"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into governance.amendment (id, base_version_id, article_number, heading, body, rationale, state,
                            proposed_by, proposed_at)
                        values (:id, :base, :number, :heading, :body, :rationale, 'PROPOSED', :by, :at)""")
                .param("id", id).param("base", current.id()).param("number", number).param("heading", heading)
                .param("body", body).param("rationale", rationale).param("by", actor.personId())
                .param("at", Values.timestamp(actor.at()))
                .update();
        events.publishEvent(new GovernanceChanged("governance.amendmentProposed", "amendment", id.toString(),
                "Article " + number, actor));
        return id;
    }

    @Transactional(readOnly = true)
    public Optional<AmendmentView> amendment(UUID id) {
        return jdbc.sql(AMENDMENTS + " where a.id = :id").param("id", id).query(Statutes::amendmentView).optional();
    }

    @Transactional(readOnly = true)
    public List<AmendmentView> amendments() {
        return jdbc.sql(AMENDMENTS + " order by a.proposed_at desc").query(Statutes::amendmentView).list();
    }

    /** The amendment as differences against the text it would replace in its base version. */
    @Transactional(readOnly = true)
    public ArticleComparison amendmentDiff(UUID id) {
        AmendmentView amendment = amendment(id).orElseThrow(() -> new NotFoundException("amendment"));
        ArticleView before = article(amendment.baseVersion(), amendment.articleNumber()).orElse(null);
        ArticleView after = new ArticleView(amendment.articleNumber(), before == null ? 0 : before.position(),
                amendment.heading(), amendment.body());
        List<TextDiff.Segment> diff = TextDiff.of(text(before), text(after));
        return new ArticleComparison(amendment.articleNumber(), before, after, diff, TextDiff.changed(diff));
    }

    /** Applies a Board endorsement or an Assembly adoption (or a rejection) to the amendment it names. */
    void apply(Sessions.DecisionView decision, Actor actor) {
        AmendmentView amendment = jdbc.sql(AMENDMENTS + " where a.id = :id for update of a").param("id", decision.subjectId())
                .query(Statutes::amendmentView).optional()
                .orElseThrow(() -> new InvalidInputException("subjectId", "governance.error.unknownAmendment"));
        if (decision.outcome() == Outcome.POSTPONED) {
            return;
        }
        AmendmentState expected = decision.body() == Body.BOARD ? AmendmentState.PROPOSED : AmendmentState.ENDORSED;
        if (amendment.state() != expected) {
            throw new InvalidInputException("subjectId",
                    decision.body() == Body.BOARD ? "governance.error.amendmentState" : "governance.error.amendmentNotEndorsed",
                    amendment.state().name());
        }
        if (!decision.outcome().adopted()) {
            jdbc.sql("update governance.amendment set state = 'REJECTED' where id = :id").param("id", amendment.id()).update();
            return;
        }
        if (decision.body() == Body.BOARD) {
            jdbc.sql("update governance.amendment set state = 'ENDORSED', endorsed_by = :d where id = :id")
                    .param("d", decision.id()).param("id", amendment.id()).update();
            return;
        }
        // one new version at a time: lock the version in force
        VersionView current = jdbc.sql("select * from governance.statute_version order by number desc limit 1 for update")
                .query(Statutes::version).single();
        if (!current.id().equals(amendment.baseVersionId())) {
            throw new InvalidInputException("subjectId", "governance.error.supersededVersion", amendment.baseVersion(),
                    current.number());
        }
        UUID next = UUID.randomUUID();
        jdbc.sql("insert into governance.statute_version (id, number, effective_from, adopted_by, note) values (:id, :n, :from, :d, :note)")
                .param("id", next).param("n", current.number() + 1).param("from", decision.date()).param("d", decision.id())
                .param("note", "Article " + amendment.articleNumber()).update();
        jdbc.sql("""
                        insert into governance.article (version_id, number, position, heading, body)
                        select :next, number, position, heading, body from governance.article where version_id = :base""")
                .param("next", next).param("base", current.id()).update();
        Optional<ArticleView> existing = article(current.number(), amendment.articleNumber());
        if (existing.isPresent()) {
            jdbc.sql("update governance.article set heading = :h, body = :b where version_id = :v and number = :n")
                    .param("h", amendment.heading()).param("b", amendment.body()).param("v", next)
                    .param("n", amendment.articleNumber()).update();
        } else {
            insertArticle(next, amendment.articleNumber(), amendment.heading(), amendment.body());
        }
        jdbc.sql("update governance.amendment set state = 'ADOPTED', adopted_by = :d, result_version = :v where id = :id")
                .param("d", decision.id()).param("v", next).param("id", amendment.id()).update();
        events.publishEvent(new GovernanceChanged("governance.statutesAmended", "statute_version", next.toString(),
                "version " + (current.number() + 1) + ", Article " + amendment.articleNumber(), actor));
    }

    /** Creates a version with its articles (the demo text, or the first version of a new installation). */
    UUID createVersion(int number, LocalDate effectiveFrom, String note, List<ArticleView> articles) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into governance.statute_version (id, number, effective_from, note) values (:id, :n, :from, :note)")
                .param("id", id).param("n", number).param("from", effectiveFrom).param("note", note).update();
        articles.forEach(a -> insertArticle(id, a.number(), a.heading(), a.body()));
        return id;
    }

    private void insertArticle(UUID versionId, String number, String heading, String body) {
        jdbc.sql("""
                        insert into governance.article (version_id, number, position, heading, body)
                        values (:v, :n, :p, :h, :b)""")
                .param("v", versionId).param("n", number).param("p", sortKey(number)).param("h", heading).param("b", body)
                .update();
    }

    private Optional<ArticleView> article(int version, String number) {
        return articles(version).stream().filter(a -> a.number().equals(number)).findFirst();
    }

    private static final String AMENDMENTS = """
            select a.*, v.number as base_number, r.number as result_number from governance.amendment a
            join governance.statute_version v on v.id = a.base_version_id
            left join governance.statute_version r on r.id = a.result_version""";

    /** Orders 8 before 8.3 before 9 and 10 after 9. */
    static int sortKey(String number) {
        String[] parts = number.split("\\.");
        int key = 0;
        for (int i = 0; i < 3; i++) {
            key = key * 1000 + (i < parts.length ? Integer.parseInt(parts[i]) : 0);
        }
        return key;
    }

    private static String text(ArticleView article) {
        if (article == null) {
            return "";
        }
        return (article.heading() == null ? "" : article.heading() + "\n") + article.body();
    }

    private static VersionView version(ResultSet rs, int row) throws SQLException {
        return new VersionView(rs.getObject("id", UUID.class), rs.getInt("number"), rs.getObject("effective_from", LocalDate.class),
                rs.getObject("adopted_by", UUID.class), rs.getString("note"));
    }

    private static AmendmentView amendmentView(ResultSet rs, int row) throws SQLException {
        return new AmendmentView(rs.getObject("id", UUID.class), rs.getObject("base_version_id", UUID.class),
                rs.getInt("base_number"), rs.getString("article_number"), rs.getString("heading"), rs.getString("body"),
                rs.getString("rationale"), AmendmentState.valueOf(rs.getString("state")), Values.instant(rs, "proposed_at"),
                rs.getObject("endorsed_by", UUID.class), rs.getObject("adopted_by", UUID.class),
                (Integer) rs.getObject("result_number"));
    }
}
