package de.klimanetz.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.klimanetz.support.ApiTest;
import de.klimanetz.support.Contract;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The contract and the implementation describe the same operations, and the API serves the contract as written. */
@QuarkusTest
class ContractOperationsTest extends ApiTest {

    @Test
    void everyImplementedOperationIsInTheContractAndViceVersa() throws IOException {
        Set<String> implemented = new TreeSet<>();
        for (Class<?> resource : resourceClasses()) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                String verb = httpMethod(method);
                if (verb != null) {
                    Path sub = method.getAnnotation(Path.class);
                    implemented.add(verb + " " + join(base, sub == null ? "" : sub.value()));
                }
            }
        }
        Set<String> documented = new TreeSet<>();
        Contract.get().operations().forEach(op -> documented.add(op.toString()));
        assertEquals(documented, implemented, "operations in openapi.yaml vs. JAX-RS resources");
    }

    @Test
    void theApiServesExactlyTheContract() throws IOException {
        JsonNode served = new ObjectMapper().readTree(RestAssured.get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        assertEquals(Contract.get().document(), served);
    }

    private static Set<Class<?>> resourceClasses() throws IOException {
        java.nio.file.Path classes = Paths.get("target", "classes");
        Set<Class<?>> found = new java.util.HashSet<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file : (Iterable<java.nio.file.Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    Class<?> type = Class.forName(name, false, ContractOperationsTest.class.getClassLoader());
                    if (type.isAnnotationPresent(Path.class)) {
                        found.add(type);
                    }
                } catch (ClassNotFoundException | NoClassDefFoundError e) {
                    // generated or synthetic class that the test class loader does not see
                }
            }
        }
        return found;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value().toUpperCase(Locale.ROOT);
            }
        }
        return null;
    }

    private static String join(String base, String sub) {
        String path = (base + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
