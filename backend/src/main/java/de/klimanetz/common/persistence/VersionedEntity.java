package de.klimanetz.common.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * When a row was created and last changed, and its version: the version is the resource's ETag
 * and guards against lost updates (optimistic locking).
 */
@MappedSuperclass
public abstract class VersionedEntity {

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    @Column(nullable = false)
    public long version;

    /** Now, in UTC, to the microsecond PostgreSQL keeps, so a response equals what a later read returns. */
    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    public void markCreated() {
        createdAt = now();
        updatedAt = createdAt;
    }

    public void markUpdated() {
        updatedAt = now();
    }
}
