package de.klimanetz.support;

import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Starts a new {@link ContractRecord} when a test run starts that contains test classes besides
 * ContractCoverageTest (which only reads the record of the run before it). Registered for the whole
 * surefire JVM through {@code META-INF/services}, so it runs once per run, before any test class,
 * whatever their order.
 */
public class FreshContractRecord implements TestExecutionListener {

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        boolean apiTests = plan.getRoots().stream().flatMap(root -> plan.getDescendants(root).stream())
                .map(TestIdentifier::getSource)
                .flatMap(java.util.Optional::stream)
                .anyMatch(source -> source instanceof ClassSource c && !c.getClassName().endsWith(".ContractCoverageTest"));
        if (apiTests) {
            ContractRecord.fresh();
        }
    }
}
