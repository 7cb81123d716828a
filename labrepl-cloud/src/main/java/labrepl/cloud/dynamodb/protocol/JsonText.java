package labrepl.cloud.dynamodb.protocol;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Writes a response body. A thin layer over Gson's streaming writer that cannot fail (it
 * writes to memory) and can splice JSON that is already text, such as a stored item.
 */
public final class JsonText {

    private final StringWriter buffer = new StringWriter(256);
    private final JsonWriter writer = new JsonWriter(buffer);

    public JsonText() {
        writer.setHtmlSafe(false);
        writer.setSerializeNulls(false);
    }

    public JsonText beginObject() {
        return run(writer::beginObject);
    }

    public JsonText endObject() {
        return run(writer::endObject);
    }

    public JsonText beginArray() {
        return run(writer::beginArray);
    }

    public JsonText endArray() {
        return run(writer::endArray);
    }

    public JsonText name(String name) {
        return run(() -> writer.name(name));
    }

    public JsonText value(String value) {
        return run(() -> writer.value(value));
    }

    public JsonText value(long value) {
        return run(() -> writer.value(value));
    }

    public JsonText value(boolean value) {
        return run(() -> writer.value(value));
    }

    /** A number written exactly as given (DynamoDB's epoch-second timestamps have fractions). */
    public JsonText value(Number value) {
        return run(() -> writer.value(value));
    }

    /** JSON text inserted as the next value, unchanged. */
    public JsonText raw(String json) {
        return run(() -> writer.jsonValue(json));
    }

    /** A member with a string value, skipped when the value is null. */
    public JsonText field(String name, String value) {
        return value == null ? this : name(name).value(value);
    }

    public JsonText field(String name, long value) {
        return name(name).value(value);
    }

    public JsonText field(String name, boolean value) {
        return name(name).value(value);
    }

    @Override
    public String toString() {
        run(writer::flush);
        return buffer.toString();
    }

    private interface Step {
        void run() throws IOException;
    }

    private JsonText run(Step step) {
        try {
            step.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // unreachable: a StringWriter does not fail
        }
        return this;
    }
}
