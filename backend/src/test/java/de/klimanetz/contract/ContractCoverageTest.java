package de.klimanetz.contract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.klimanetz.support.Contract;
import de.klimanetz.support.ContractRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Fails if an operation's documented status was never produced by a test: every documented error
 * path is proven. It reads the {@link ContractRecord} that the API tests of the run wrote and runs
 * in its own surefire execution after all of them (pom.xml, "contract-coverage"): Maven's lifecycle
 * guarantees the order, not the order of test classes, and a run of single tests ({@code -Dtest=…})
 * leaves the check out.
 */
class ContractCoverageTest {

    @Test
    void everyDocumentedStatusOfEveryOperationWasExercised() {
        Map<Contract.Operation, Set<Integer>> exercised = ContractRecord.read();
        assertFalse(exercised.isEmpty(), "no record of the API tests at " + ContractRecord.FILE.toAbsolutePath()
                + ": run the whole suite (./mvnw verify) first");
        List<String> missing = new ArrayList<>();
        for (Contract.Operation operation : Contract.get().operations()) {
            Set<Integer> seen = exercised.getOrDefault(operation, Set.of());
            for (int status : Contract.get().documentedStatuses(operation)) {
                if (status != 500 && !seen.contains(status)) {
                    missing.add(operation + " -> " + status);
                }
            }
        }
        assertTrue(missing.isEmpty(), "documented but never exercised by a test: " + missing);
    }
}
