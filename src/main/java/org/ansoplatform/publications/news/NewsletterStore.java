package org.ansoplatform.publications.news;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.platform.JsonTexts;
import org.ansoplatform.platform.Rows;
import org.ansoplatform.publications.NewsletterStatus;
import org.ansoplatform.publications.NewsletterView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Newsletter issues with their ordered articles and the progress of their sending. */
@Repository
public class NewsletterStore {

    private static final String SELECT = """
            select n.*, array(select a.news_id from publications.newsletter_article a where a.newsletter_id = n.id
                              order by a.position) as articles,
              (select count(*) from publications.newsletter_send s where s.newsletter_id = n.id and s.sent_at is not null) as sent,
              (select count(*) from publications.newsletter_send s where s.newsletter_id = n.id and s.failed_at is not null) as failed,
              (select count(*) from publications.newsletter_send s where s.newsletter_id = n.id) as total
            from publications.newsletter n""";

    private final JdbcClient jdbc;

    NewsletterStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(NewsletterView n, Instant at) {
        jdbc.sql("""
                insert into publications.newsletter (id, series_id, number, issued_on, date_note, title, editorial, status,
                  created_at, updated_at)
                values (:id, :series, :number, :date, :note, cast(:title as jsonb), cast(:editorial as jsonb), :status, :at, :at)""")
                .param("id", n.id()).param("series", n.seriesId()).param("number", n.number()).param("date", n.date())
                .param("note", n.dateNote()).param("title", JsonTexts.write(n.title())).param("editorial", JsonTexts.write(n.editorial()))
                .param("status", n.status().name()).param("at", Timestamp.from(at)).update();
        articles(n.id(), n.articles());
    }

    public void update(NewsletterView n, Instant at) {
        jdbc.sql("""
                update publications.newsletter set series_id = :series, number = :number, issued_on = :date, date_note = :note,
                  title = cast(:title as jsonb), editorial = cast(:editorial as jsonb), updated_at = :at where id = :id""")
                .param("id", n.id()).param("series", n.seriesId()).param("number", n.number()).param("date", n.date())
                .param("note", n.dateNote()).param("title", JsonTexts.write(n.title())).param("editorial", JsonTexts.write(n.editorial()))
                .param("at", Timestamp.from(at)).update();
        articles(n.id(), n.articles());
    }

    private void articles(UUID id, List<UUID> articles) {
        jdbc.sql("delete from publications.newsletter_article where newsletter_id = :id").param("id", id).update();
        for (int i = 0; i < articles.size(); i++) {
            jdbc.sql("insert into publications.newsletter_article (newsletter_id, news_id, position) values (:id, :news, :position)")
                    .param("id", id).param("news", articles.get(i)).param("position", i).update();
        }
    }

    public boolean numberTaken(int number, UUID except) {
        return jdbc.sql("select exists (select 1 from publications.newsletter where number = :number and id <> :except)")
                .param("number", number).param("except", except == null ? new UUID(0, 0) : except).query(Boolean.class).single();
    }

    /** Moves a draft to SENDING, once: false when it was not a draft any more (a second click, another editor). */
    public boolean startSending(UUID id, UUID by, Instant at) {
        return jdbc.sql("""
                update publications.newsletter set status = :sending, send_started_at = :at, send_started_by = :by, updated_at = :at
                where id = :id and status = :draft""")
                .param("id", id).param("sending", NewsletterStatus.SENDING.name()).param("draft", NewsletterStatus.DRAFT.name())
                .param("by", by).param("at", Timestamp.from(at)).update() == 1;
    }

    /** Marks a draft SENT without an outbox (an issue distributed before the platform); false when not a draft. */
    public boolean archive(UUID id, Instant at) {
        return jdbc.sql("update publications.newsletter set status = :sent, sent_at = :at, updated_at = :at where id = :id and status = :draft")
                .param("id", id).param("sent", NewsletterStatus.SENT.name()).param("draft", NewsletterStatus.DRAFT.name())
                .param("at", Timestamp.from(at)).update() == 1;
    }

    /** Marks SENT every sending newsletter with no unsent row left; returns their ids. */
    public List<UUID> finishSent(Instant at) {
        return jdbc.sql("""
                update publications.newsletter n set status = :sent, sent_at = :at
                where n.status = :sending
                  and not exists (select 1 from publications.newsletter_send s where s.newsletter_id = n.id and s.sent_at is null
                                  and s.failed_at is null)
                returning n.id""")
                .param("sent", NewsletterStatus.SENT.name()).param("sending", NewsletterStatus.SENDING.name())
                .param("at", Timestamp.from(at)).query(UUID.class).list();
    }

    public Optional<NewsletterView> byId(UUID id) {
        return jdbc.sql(SELECT + " where n.id = :id").param("id", id).query(NewsletterStore::row).optional();
    }

    /** Every issue, newest first; {@code sentOnly} for the public archive. */
    public List<NewsletterView> all(boolean sentOnly) {
        return jdbc.sql(SELECT + " where (:all or n.status <> :draft) order by n.issued_on desc, n.number desc")
                .param("all", !sentOnly).param("draft", NewsletterStatus.DRAFT.name()).query(NewsletterStore::row).list();
    }

    /** Newsletters whose sending started in the year (the figures). */
    public List<UUID> sendingStartedIn(int year) {
        return jdbc.sql("""
                select id from publications.newsletter where send_started_at >= :from and send_started_at < :to order by number""")
                .param("from", Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()))
                .param("to", Timestamp.from(LocalDate.of(year + 1, 1, 1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()))
                .query(UUID.class).list();
    }

    static NewsletterView row(ResultSet row, int n) throws SQLException {
        return new NewsletterView(Rows.uuid(row, "id"), Rows.uuid(row, "series_id"), row.getInt("number"), Rows.date(row, "issued_on"),
                row.getString("date_note"), JsonTexts.read(row.getString("title")), JsonTexts.read(row.getString("editorial")),
                Rows.uuids(row, "articles"), Rows.enumValue(row, "status", NewsletterStatus.class),
                Rows.instant(row, "send_started_at"), Rows.instant(row, "sent_at"), row.getLong("sent"), row.getLong("failed"),
                row.getLong("total"));
    }
}
