package org.ansoplatform.datasets.harvest;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many OAI records at once, straight into the table with one statement (as the benchmark does), for the query plan of
 * a page over a realistic number of rows. Each payload is a kernel-4 resource of about two kilobytes.
 */
final class GeneratedRecordsStore {

    private final JdbcClient jdbc;

    GeneratedRecordsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void generate(int count, String set, Instant start) {
        jdbc.sql("""
                insert into datasets.oai_record (version_id, dataset_id, identifier, datestamp, deleted, set_specs, oai_dc, oai_datacite)
                select v, gen_random_uuid(), 'oai:generated:datasets/' || v, cast(:start as timestamptz) + (g / 10) * interval '1 second', g % 50 = 0,
                  array['project', :set], '<oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/"/>',
                  '<oai_datacite xmlns="http://schema.datacite.org/oai/oai-1.1/"><payload>' || repeat('x', 2000) || '</payload></oai_datacite>'
                from (select g, gen_random_uuid() as v from generate_series(1, :count) g) s""")
                .param("start", Timestamp.from(start)).param("set", set).param("count", count).update();
    }

    void delete(String set) {
        jdbc.sql("delete from datasets.oai_record where set_specs @> array[cast(:set as text)]").param("set", set).update();
    }

    /** What the planner knows of the table, for a failure's message. */
    String statistics() {
        return jdbc.sql("select reltuples || ' tuples, ' || (select count(*) from pg_stats where schemaname = 'datasets'"
                + " and tablename = 'oai_record') || ' column statistics' from pg_class where oid = cast('datasets.oai_record' as regclass)")
                .query(String.class).single();
    }
}
