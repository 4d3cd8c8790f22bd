package org.ansoplatform.calls.messaging;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.platform.Rows;
import org.ansoplatform.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Message templates ({@code calls.message_template}, one call's or every call's) and the reminders that send one
 * before a call's deadline ({@code calls.scheduled_reminder}).
 */
@Repository
class TemplateStore {

    /** A template: a call's own, or every call's when {@code callId} is null. */
    record Template(UUID id, UUID callId, String name, LocalizedText subject, LocalizedText body) {
    }

    /** A reminder: {@code daysBefore} days before the call closes, its template to every unfinished draft, once. */
    record Reminder(UUID id, UUID callId, UUID templateId, String templateName, int daysBefore, String replyTo, Instant sentAt) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    TemplateStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Every call's templates and, when given, the call's own, by name. */
    List<Template> usable(UUID callId) {
        return jdbc.sql("select * from calls.message_template where call_id is null or call_id = :call order by name, id")
                .param("call", callId).query((row, n) -> template(row)).list();
    }

    List<Template> all() {
        return jdbc.sql("select * from calls.message_template order by call_id nulls first, name, id").query((row, n) -> template(row)).list();
    }

    Optional<Template> find(UUID id) {
        return jdbc.sql("select * from calls.message_template where id = :id").param("id", id).query((row, n) -> template(row)).optional();
    }

    void save(Template template, Instant at) {
        jdbc.sql("""
                insert into calls.message_template (id, call_id, name, subject, body, created_at, updated_at)
                values (:id, :call, :name, :subject::jsonb, :body::jsonb, :at, :at)
                on conflict (id) do update set call_id = excluded.call_id, name = excluded.name, subject = excluded.subject,
                    body = excluded.body, updated_at = excluded.updated_at""")
                .param("id", template.id()).param("call", template.callId()).param("name", template.name())
                .param("subject", json.writeValueAsString(template.subject().values()))
                .param("body", json.writeValueAsString(template.body().values())).param("at", Timestamp.from(at)).update();
    }

    boolean delete(UUID id) {
        return jdbc.sql("delete from calls.message_template where id = :id").param("id", id).update() == 1;
    }

    List<Reminder> reminders(UUID callId) {
        return jdbc.sql("""
                select r.*, t.name as template_name from calls.scheduled_reminder r join calls.message_template t on t.id = r.template_id
                where r.call_id = :call order by r.days_before desc, r.created_at""")
                .param("call", callId).query((row, n) -> new Reminder(Rows.uuid(row, "id"), Rows.uuid(row, "call_id"),
                        Rows.uuid(row, "template_id"), row.getString("template_name"), row.getInt("days_before"), row.getString("reply_to"),
                        Rows.instant(row, "sent_at"))).list();
    }

    void addReminder(UUID id, UUID callId, UUID templateId, int daysBefore, String replyTo, Instant at) {
        jdbc.sql("""
                insert into calls.scheduled_reminder (id, call_id, template_id, days_before, reply_to, created_at)
                values (:id, :call, :template, :days, :replyTo, :at)""")
                .param("id", id).param("call", callId).param("template", templateId).param("days", daysBefore)
                .param("replyTo", replyTo).param("at", Timestamp.from(at)).update();
    }

    boolean deleteReminder(UUID id, UUID callId) {
        return jdbc.sql("delete from calls.scheduled_reminder where id = :id and call_id = :call").param("id", id).param("call", callId)
                .update() == 1;
    }

    /**
     * Takes the reminders due now (their day before the deadline has come, the call not closed yet, never sent) and marks
     * them sent in the same statement, skipping rows another node holds: a reminder is taken once.
     */
    List<Reminder> takeDue(Instant now) {
        return jdbc.sql("""
                with due as (
                  select r.id from calls.scheduled_reminder r join calls.call c on c.id = r.call_id
                  where r.sent_at is null and c.closes_at > :now and c.closes_at - make_interval(days => r.days_before) <= :now
                  for update of r skip locked)
                update calls.scheduled_reminder r set sent_at = :now from due where r.id = due.id
                returning r.id, r.call_id, r.template_id, r.days_before, r.reply_to, r.sent_at""")
                .param("now", Timestamp.from(now)).query((row, n) -> new Reminder(Rows.uuid(row, "id"), Rows.uuid(row, "call_id"),
                        Rows.uuid(row, "template_id"), null, row.getInt("days_before"), row.getString("reply_to"), Rows.instant(row, "sent_at")))
                .list();
    }

    private Template template(java.sql.ResultSet row) throws java.sql.SQLException {
        return new Template(Rows.uuid(row, "id"), Rows.uuid(row, "call_id"), row.getString("name"), text(row.getString("subject")),
                text(row.getString("body")));
    }

    private LocalizedText text(String stored) {
        return LocalizedText.of(json.readValue(stored, new TypeReference<Map<String, String>>() { }));
    }
}
