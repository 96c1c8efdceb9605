package de.klimanetz.common.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

/** Left-out flags: a primitive one keeps its default (false), a Boolean one stays absent (null), so @NotNull can ask for it. */
class StrictJsonFlagsTest {

    record Flags(boolean primitive, Boolean wrapper) {
    }

    @Test
    void leftOutFlags() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new StrictJson().customize(mapper);
        Flags flags = mapper.readValue("{}", Flags.class);
        assertEquals(false, flags.primitive());
        assertNull(flags.wrapper());
    }
}
