package de.klimanetz.support;

import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Test builds only: each response says how many statements its request ran. */
public class StatementCountHeader {

    public static final String HEADER = "X-Statement-Count";

    private final RequestStatements statements;

    StatementCountHeader(RequestStatements statements) {
        this.statements = statements;
    }

    @ServerResponseFilter
    public void count(ContainerResponseContext response) {
        response.getHeaders().putSingle(HEADER, Integer.toString(statements.count()));
    }
}
