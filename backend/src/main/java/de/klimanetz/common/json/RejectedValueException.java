package de.klimanetz.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A JSON value that is well-formed but not acceptable (text that is not text, a date outside the
 * date policy). Jackson adds the field's path; {@code ProblemMappers} turns it into a 400 naming it.
 */
public class RejectedValueException extends JsonMappingException {

    private final String messageKey;
    private final transient Object[] args;

    public RejectedValueException(JsonParser parser, String messageKey, Object... args) {
        super(parser, messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
