package de.klimanetz.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/** The migrations build the whole schema on an empty database, and a second run changes nothing. */
class MigrationTest {

    @Test
    void migratesAnEmptyDatabase() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            Flyway flyway = Flyway.configure()
                    .dataSource(postgres.getPostgresDatabase())
                    .locations("classpath:db/migration")
                    .load();
            MigrateResult first = flyway.migrate();
            assertTrue(first.success);
            assertTrue(first.migrationsExecuted > 0);
            assertEquals(0, flyway.migrate().migrationsExecuted);

            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 ResultSet columns = connection.getMetaData().getColumns(null, "public", "network", null)) {
                Set<String> names = new HashSet<>();
                while (columns.next()) {
                    names.add(columns.getString("COLUMN_NAME"));
                }
                assertEquals(Set.of("id", "name", "description", "region", "organizer_name", "organizer_contact_email",
                        "eligibility", "created_at", "updated_at", "version"), names);
            }
        }
    }
}
