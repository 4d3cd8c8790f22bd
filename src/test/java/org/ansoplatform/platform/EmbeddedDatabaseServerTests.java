package org.ansoplatform.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.ansoplatform.platform.database.DataDirectoryInUseException;
import org.ansoplatform.platform.database.EmbeddedDatabaseServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseServerTests {

    @TempDir
    Path data;

    @Test
    void keepsDataAcrossRestartsAndRefusesASecondInstanceOnTheSameDirectory() throws Exception {
        try (EmbeddedDatabaseServer first = new EmbeddedDatabaseServer(data)) {
            try (Connection connection = DriverManager.getConnection(first.jdbcUrl())) {
                connection.createStatement().execute("create table kept (value text)");
                connection.createStatement().execute("insert into kept values ('still here')");
            }
            assertThatThrownBy(() -> new EmbeddedDatabaseServer(data))
                    .isInstanceOf(DataDirectoryInUseException.class)
                    .hasMessageContaining("in use by another running instance");
            try (Connection connection = DriverManager.getConnection(first.jdbcUrl())) {
                assertThat(connection.isValid(2)).as("the first instance is unharmed").isTrue();
            }
        }
        assertThat(Files.exists(data.resolve("postgres/postmaster.pid"))).as("stopped cleanly").isFalse();
        try (EmbeddedDatabaseServer again = new EmbeddedDatabaseServer(data);
                Connection connection = DriverManager.getConnection(again.jdbcUrl());
                ResultSet rows = connection.createStatement().executeQuery("select value from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
        }
    }
}
