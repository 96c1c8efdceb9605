package de.klimanetz.contract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import de.klimanetz.support.ApiTest;
import de.klimanetz.support.Contract;
import de.klimanetz.support.ContractFilter;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs after the other API test classes (see the surefire configuration) and fails if an operation's
 * documented status was never produced by a test: every documented error path is proven.
 */
@QuarkusTest
@Order(Integer.MAX_VALUE)
class ContractCoverageTest extends ApiTest {

    @Test
    void everyDocumentedStatusOfEveryOperationWasExercised() {
        List<String> missing = new ArrayList<>();
        for (Contract.Operation operation : Contract.get().operations()) {
            Set<Integer> seen = ContractFilter.INSTANCE.exercised().getOrDefault(operation, Set.of());
            for (int status : Contract.get().documentedStatuses(operation)) {
                if (status != 500 && !seen.contains(status)) {
                    missing.add(operation + " -> " + status);
                }
            }
        }
        assertTrue(missing.isEmpty(), "documented but never exercised by a test: " + missing);
    }
}
