package org.ansoplatform.review.panels;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.platform.Rows;
import org.ansoplatform.review.panels.ReviewerPool.Checked;
import org.ansoplatform.review.panels.ReviewerPool.Field;
import org.ansoplatform.review.panels.ReviewerPool.Relation;
import org.ansoplatform.review.panels.ReviewerPool.ReviewerView;
import org.ansoplatform.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The reviewer pool and the expertise vocabulary as stored. */
@Repository
class ReviewerStore {

    private static final String COLUMNS = "id, person_id, name, email, institution, country, languages, fields, max_load, relations::text relations, active, institution_ror";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ReviewerStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<Field> fields() {
        return jdbc.sql("select code, area, name::text name from review.expertise_field order by position")
                .query((rs, n) -> new Field(rs.getString("code"), rs.getString("area"),
                        LocalizedText.of(json.readValue(rs.getString("name"), new TypeReference<Map<String, String>>() { }))))
                .list();
    }

    List<ReviewerView> all() {
        return jdbc.sql("select " + COLUMNS + " from review.reviewer order by name").query(this::row).list();
    }

    /** Those with a field: a field code, or an area code matching any of their fields. */
    List<ReviewerView> withField(String field) {
        return jdbc.sql("select " + COLUMNS + """
                 from review.reviewer r where exists (select 1 from unnest(r.fields) f where f = :field or split_part(f, '.', 1) = :field)
                order by name""").param("field", field).query(this::row).list();
    }

    Optional<ReviewerView> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from review.reviewer where id = :id").param("id", id).query(this::row).optional();
    }

    Optional<ReviewerView> ofPerson(UUID personId) {
        return jdbc.sql("select " + COLUMNS + " from review.reviewer where person_id = :person").param("person", personId)
                .query(this::row).optional();
    }

    void insert(UUID id, UUID personId, Checked c, String email, Instant now) {
        jdbc.sql("""
                insert into review.reviewer (id, person_id, name, email, institution, country, languages, fields, max_load, created_at,
                    institution_ror)
                values (:id, :person, :name, :email, :institution, :country, :languages, :fields, :maxLoad, :now, :ror)""")
                .param("ror", c.institutionRor())
                .param("id", id).param("person", personId).param("name", c.name()).param("email", email)
                .param("institution", c.institution()).param("country", c.country()).param("languages", c.languages().toArray(String[]::new))
                .param("fields", c.fields().toArray(String[]::new)).param("maxLoad", c.maxLoad()).param("now", Timestamp.from(now))
                .update();
    }

    /** @return false when there is no such reviewer */
    boolean update(UUID id, Checked c) {
        return jdbc.sql("""
                update review.reviewer set name = :name, institution = :institution, country = :country, languages = :languages,
                    fields = :fields, max_load = :maxLoad, institution_ror = :ror, version = version + 1 where id = :id""")
                .param("ror", c.institutionRor())
                .param("name", c.name()).param("institution", c.institution()).param("country", c.country())
                .param("languages", c.languages().toArray(String[]::new)).param("fields", c.fields().toArray(String[]::new))
                .param("maxLoad", c.maxLoad()).param("id", id)
                .update() > 0;
    }

    void updateRelations(UUID id, List<Relation> relations) {
        jdbc.sql("update review.reviewer set relations = :relations::jsonb, version = version + 1 where id = :id")
                .param("relations", json.writeValueAsString(relations)).param("id", id).update();
    }

    /** The person of an active reviewer. */
    Optional<UUID> activePerson(UUID reviewerId) {
        return jdbc.sql("select person_id from review.reviewer where id = :id and active").param("id", reviewerId).query(UUID.class)
                .optional();
    }

    List<Relation> relations(String text) {
        return text == null ? List.of() : json.readValue(text, new TypeReference<List<Relation>>() { });
    }

    private ReviewerView row(ResultSet rs, int n) throws SQLException {
        return new ReviewerView(Rows.uuid(rs, "id"), Rows.uuid(rs, "person_id"), rs.getString("name"), rs.getString("email"),
                rs.getString("institution"), rs.getString("country"), Rows.strings(rs, "languages"), Rows.strings(rs, "fields"),
                rs.getInt("max_load"), relations(rs.getString("relations")), rs.getBoolean("active"), rs.getString("institution_ror"));
    }
}
