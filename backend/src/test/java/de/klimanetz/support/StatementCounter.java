package de.klimanetz.support;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the statements of each request, whatever thread runs them, and only those (not the mail
 * worker's in the background): the tests read the count in the X-Statement-Count header
 * (StatementCountHeader) to prove that a hot path runs a bounded number of statements.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class StatementCounter implements StatementInspector {

    @Override
    public String inspect(String sql) {
        var requestContext = Arc.container().requestContext();
        if (requestContext.isActive()) {
            Arc.container().instance(RequestStatements.class).get().increment();
        }
        return sql;
    }
}
