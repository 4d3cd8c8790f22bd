package org.ansoplatform.platform;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

import org.ansoplatform.platform.database.EmbeddedDatabaseServer;

/**
 * A stand-in for the platform's JVM in {@link EmbeddedDatabaseServerTests}: runs the embedded database on a data
 * directory, stores one row, says so and waits to be killed.
 */
public final class HoldsEmbeddedDatabase {

    static final String HOLDING = "holding the database, row stored";

    private HoldsEmbeddedDatabase() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedDatabaseServer server = new EmbeddedDatabaseServer(Path.of(args[0]));
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), EmbeddedDatabaseServer.OWNER_ROLE,
                server.password(EmbeddedDatabaseServer.OWNER_ROLE))) {
            connection.createStatement().execute("set synchronous_commit = on");
            connection.createStatement().execute("create table kept (value text)");
            connection.createStatement().execute("insert into kept values ('acknowledged before the kill')");
        }
        System.out.println(HOLDING);
        System.out.flush();
        Thread.sleep(600_000);
    }
}
