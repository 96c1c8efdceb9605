package de.klimanetz.support;

import jakarta.enterprise.context.RequestScoped;
import java.util.concurrent.atomic.AtomicInteger;

/** How many SQL statements the current request has prepared (see StatementCounter). */
@RequestScoped
public class RequestStatements {

    private final AtomicInteger count = new AtomicInteger();

    void increment() {
        count.incrementAndGet();
    }

    int count() {
        return count.get();
    }
}
