package de.klimanetz.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.io.InputDecorator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.util.AccessPattern;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import de.klimanetz.common.text.TextPolicy;
import de.klimanetz.common.time.DatePolicy;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The one JSON configuration of the API: a request body means exactly what it says, or it is a
 * 400 naming the field. No scalar coercion ({@code "10"} is not a number, {@code 12345} not a
 * title, {@code 1.5} not a whole number, {@code 0} not an enum constant), no duplicate keys, no
 * trailing content, no {@code null} for lists and flags, well-formed UTF-8 only, every string
 * through {@link TextPolicy} and every date through {@link DatePolicy}. New request records get all
 * of this without doing anything.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** Deeper than any request of the contract, shallow enough for any stack. */
    static final int MAX_NESTING = 64;

    /**
     * Longer than any text of the contract (its longest is 50,000 characters, so up to 100,000
     * UTF-16 units): a longer string is refused while it is read, before it is buffered whole,
     * which keeps a burst of large bodies inside the API's small heap.
     */
    public static final int MAX_STRING_LENGTH = 128 * 1024;

    @Override
    @SuppressWarnings("deprecation")
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING).maxStringLength(MAX_STRING_LENGTH).build());
        mapper.getFactory().setInputDecorator(new Utf8Only());
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        // Scalars are what they are: "10" is no number, 1 no flag, 1.5 no whole number, "" no id or date.
        mapper.coercionConfigDefaults().setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean, LogicalType.Enum)) {
            for (CoercionInputShape shape : List.of(CoercionInputShape.String, CoercionInputShape.EmptyString,
                    CoercionInputShape.Boolean, CoercionInputShape.Float, CoercionInputShape.Integer)) {
                boolean natural = (type == LogicalType.Integer && shape == CoercionInputShape.Integer)
                        || (type == LogicalType.Float && (shape == CoercionInputShape.Integer || shape == CoercionInputShape.Float))
                        || (type == LogicalType.Boolean && shape == CoercionInputShape.Boolean)
                        || (type == LogicalType.Enum && shape == CoercionInputShape.String);
                if (!natural) {
                    mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
                }
            }
        }
        SimpleModule module = new SimpleModule("klimanetz-strict");
        module.setDeserializerModifier(new NoNullListsOrFlags());
        module.addDeserializer(String.class, new Text());
        module.addDeserializer(UUID.class, new CanonicalUuid());
        module.addDeserializer(LocalDate.class, new Date());
        module.addDeserializer(OffsetDateTime.class, new DateTime());
        mapper.registerModule(module);
    }

    /** Strings: JSON strings only, text by {@link TextPolicy}, stored in NFC. */
    static final class Text extends StdScalarDeserializer<String> {
        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = stringToken(p, ctxt, String.class);
            var flaw = TextPolicy.flaw(text);
            if (flaw.isPresent()) {
                throw new RejectedValueException(p, flaw.get().messageKey);
            }
            return TextPolicy.normalize(text);
        }
    }

    /** UUIDs in their canonical 36-character form only (Jackson also takes Base64). */
    static final class CanonicalUuid extends StdScalarDeserializer<UUID> {
        CanonicalUuid() {
            super(UUID.class);
        }

        @Override
        public UUID deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = stringToken(p, ctxt, UUID.class);
            try {
                UUID id = UUID.fromString(text);
                if (id.toString().equalsIgnoreCase(text)) {
                    return id;
                }
            } catch (IllegalArgumentException e) {
                // refused below
            }
            throw new RejectedValueException(p, "violation.not-a-uuid");
        }
    }

    /** Dates as YYYY-MM-DD within the date policy. */
    static final class Date extends StdScalarDeserializer<LocalDate> {
        Date() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = stringToken(p, ctxt, LocalDate.class);
            LocalDate date;
            try {
                date = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new RejectedValueException(p, "violation.date");
            }
            if (!DatePolicy.isRepresentable(date)) {
                throw new RejectedValueException(p, "violation.date-range", DatePolicy.EARLIEST, DatePolicy.LATEST);
            }
            return date;
        }
    }

    /**
     * Times as ISO 8601 with offset within the date policy, kept in UTC to the microsecond, as
     * PostgreSQL keeps them: the answer to a write is what a later read returns.
     */
    static final class DateTime extends StdScalarDeserializer<OffsetDateTime> {
        DateTime() {
            super(OffsetDateTime.class);
        }

        @Override
        public OffsetDateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = stringToken(p, ctxt, OffsetDateTime.class);
            OffsetDateTime time;
            try {
                time = OffsetDateTime.parse(text);
            } catch (DateTimeParseException e) {
                throw new RejectedValueException(p, "violation.date-time");
            }
            if (!DatePolicy.isRepresentable(time)) {
                throw new RejectedValueException(p, "violation.date-range", DatePolicy.EARLIEST, DatePolicy.LATEST);
            }
            return time.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        }
    }

    /**
     * Lists and flags are never null in the contract: an explicit {@code null} is a mistake (400),
     * while leaving the field out keeps its default (empty, false).
     */
    static final class NoNullListsOrFlags extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                                                                BeanDescription description, JsonDeserializer<?> deserializer) {
            return new NullRefused(deserializer, null);
        }

        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                      JsonDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            if (type == Boolean.class || type == boolean.class) {
                // left out: what the flag's own deserializer says (false for boolean, null for Boolean, so @NotNull asks for it)
                return new NullRefused(deserializer, null, true);
            }
            return deserializer;
        }
    }

    static final class NullRefused extends DelegatingDeserializer {
        private final Object absent;
        private final boolean delegateAbsent;

        NullRefused(JsonDeserializer<?> delegate, Object absent) {
            this(delegate, absent, false);
        }

        NullRefused(JsonDeserializer<?> delegate, Object absent, boolean delegateAbsent) {
            super(delegate);
            this.absent = absent;
            this.delegateAbsent = delegateAbsent;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new NullRefused(delegate, absent, delegateAbsent);
        }

        @Override
        public Object getNullValue(DeserializationContext ctxt) throws JsonMappingException {
            throw new RejectedValueException(ctxt.getParser(), "violation.not-null");
        }

        @Override
        public Object getAbsentValue(DeserializationContext ctxt) throws JsonMappingException {
            return delegateAbsent ? _delegatee.getAbsentValue(ctxt) : absent;
        }

        @Override
        public AccessPattern getNullAccessPattern() {
            return AccessPattern.DYNAMIC;
        }
    }

    private static String stringToken(JsonParser p, DeserializationContext ctxt, Class<?> type) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            return (String) ctxt.handleUnexpectedToken(type, p);
        }
        return p.getText();
    }

    /** Request bodies are UTF-8 (RFC 8259): overlong forms and stray bytes are refused, not guessed. */
    static final class Utf8Only extends InputDecorator {

        @Override
        public InputStream decorate(IOContext ctxt, InputStream in) throws IOException {
            byte[] bytes = in.readAllBytes();
            check(bytes, 0, bytes.length);
            return new ByteArrayInputStream(bytes);
        }

        @Override
        public InputStream decorate(IOContext ctxt, byte[] src, int offset, int length) throws IOException {
            check(src, offset, length);
            return null;
        }

        @Override
        public Reader decorate(IOContext ctxt, Reader r) {
            return r;
        }

        private static void check(byte[] bytes, int offset, int length) throws IOException {
            if (TextPolicy.decodeUtf8(bytes, offset, length).isEmpty()) {
                throw new RejectedValueException(null, TextPolicy.Flaw.INVALID_UTF8.messageKey);
            }
        }
    }
}
