package de.klimanetz.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The (operation, status) pairs the API tests of one run exercised, kept in a file rather than in
 * memory: ContractCoverageTest reads it in its own surefire execution after every other test of the
 * run has finished (see pom.xml), so it does not depend on running last among the test classes, and
 * a record survives the class loaders Quarkus makes per test profile. {@link FreshContractRecord}
 * starts a new record when a run with API tests starts.
 */
public final class ContractRecord {

    /** Where the record lives: {@code target/contract-coverage/exercised.txt} unless the property says otherwise. */
    public static final Path FILE = Path.of(System.getProperty("klimanetz.contract-record", "target/contract-coverage/exercised.txt"));

    private static final Set<String> WRITTEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private ContractRecord() {
    }

    static void fresh() {
        try {
            Files.createDirectories(FILE.toAbsolutePath().getParent());
            Files.writeString(FILE, "", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a pair once per JVM and class loader (the file takes duplicates from other loaders). */
    static synchronized void add(Contract.Operation operation, int status) {
        String line = operation.method() + " " + operation.pathTemplate() + " " + status;
        if (!WRITTEN.add(line)) {
            return;
        }
        try {
            Files.createDirectories(FILE.toAbsolutePath().getParent());
            Files.writeString(FILE, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The recorded pairs by operation; empty when no run has recorded any. */
    public static Map<Contract.Operation, Set<Integer>> read() {
        Map<Contract.Operation, Set<Integer>> exercised = new HashMap<>();
        if (!Files.exists(FILE)) {
            return exercised;
        }
        try {
            List<String> lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
            for (String line : lines) {
                String[] parts = line.split(" ");
                if (parts.length == 3) {
                    exercised.computeIfAbsent(new Contract.Operation(parts[0], parts[1]), o -> new HashSet<>())
                            .add(Integer.parseInt(parts[2]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return exercised;
    }
}
