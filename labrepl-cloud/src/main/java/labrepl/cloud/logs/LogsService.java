package labrepl.cloud.logs;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import labrepl.cloud.http.CloudRequest;
import labrepl.cloud.http.CloudResponse;
import labrepl.cloud.http.CloudService;

/**
 * CloudWatch Logs as far as reading Lambda's logs goes, in its JSON 1.1 protocol ({@code
 * X-Amz-Target: Logs_20140328.*}): log groups and streams, PutLogEvents, GetLogEvents and
 * FilterLogEvents, which {@code aws logs tail} and {@code aws logs filter-log-events} call.
 */
public final class LogsService implements CloudService {

    private static final String TARGET_PREFIX = "Logs_20140328.";
    private static final int PAGE = 10_000;

    private final LogStore store;

    /** An event of a PutLogEvents, read whole before any is stored. */
    private record PutEvent(long timestamp, String message) {
    }

    /** An event FilterLogEvents matched, and the stream it is in. */
    private record Match(String stream, LogStream.Event event) {
    }

    public LogsService(LogStore store) {
        this.store = store;
    }

    @Override
    public boolean accepts(CloudRequest request) {
        String target = request.header("X-Amz-Target");
        return "logs".equals(request.signedService()) || target != null && target.startsWith(TARGET_PREFIX);
    }

    @Override
    public CloudResponse handle(CloudRequest request) throws IOException {
        String target = request.header("X-Amz-Target");
        String operation = target == null ? "" : target.substring(target.indexOf('.') + 1);
        String requestId = UUID.randomUUID().toString();
        try {
            JsonObject input = parse(request.body().readAllBytes());
            JsonObject output = switch (operation) {
                case "CreateLogGroup" -> createGroup(input);
                case "DeleteLogGroup" -> deleteGroup(input);
                case "DescribeLogGroups" -> describeGroups(input);
                case "CreateLogStream" -> createStream(input);
                case "DescribeLogStreams" -> describeStreams(input);
                case "PutLogEvents" -> putEvents(input);
                case "GetLogEvents" -> getEvents(input);
                case "FilterLogEvents" -> filterEvents(input);
                default -> throw new LogsException("UnknownOperationException", "The local cloud's CloudWatch Logs"
                        + " does not implement " + (operation.isEmpty() ? "this request" : operation));
            };
            return json(200, output, requestId);
        } catch (LogsException e) {
            JsonObject error = new JsonObject();
            error.addProperty("__type", e.code());
            error.addProperty("message", e.getMessage());
            return json(400, error, requestId);
        }
    }

    private static JsonObject parse(byte[] body) {
        try {
            JsonElement parsed = JsonParser.parseString(new String(body, StandardCharsets.UTF_8));
            return parsed.isJsonObject() ? parsed.getAsJsonObject() : new JsonObject();
        } catch (JsonParseException e) {
            throw new LogsException("SerializationException", "Could not read the request as JSON: " + e.getMessage());
        }
    }

    private JsonObject createGroup(JsonObject input) {
        if (!store.createGroup(required(input, "logGroupName"))) {
            throw new LogsException("ResourceAlreadyExistsException", "The specified log group already exists");
        }
        return new JsonObject();
    }

    private JsonObject deleteGroup(JsonObject input) {
        if (!store.deleteGroup(required(input, "logGroupName"))) {
            throw LogsException.groupNotFound();
        }
        return new JsonObject();
    }

    private JsonObject describeGroups(JsonObject input) {
        JsonArray groups = new JsonArray();
        for (LogGroup group : store.groups(text(input, "logGroupNamePrefix", ""))) {
            JsonObject json = new JsonObject();
            json.addProperty("logGroupName", group.name());
            json.addProperty("creationTime", group.creationTime());
            json.addProperty("metricFilterCount", 0);
            json.addProperty("arn", group.arn() + ":*");
            json.addProperty("storedBytes", group.storedBytes());
            json.addProperty("logGroupClass", "STANDARD");
            json.addProperty("logGroupArn", group.arn());
            groups.add(json);
        }
        JsonObject output = new JsonObject();
        output.add("logGroups", groups);
        return output;
    }

    private JsonObject createStream(JsonObject input) {
        LogGroup group = group(input);
        if (!group.createStream(required(input, "logStreamName"))) {
            throw new LogsException("ResourceAlreadyExistsException", "The specified log stream already exists");
        }
        return new JsonObject();
    }

    private JsonObject describeStreams(JsonObject input) {
        LogGroup group = group(input);
        String prefix = text(input, "logStreamNamePrefix", "");
        List<LogStream> streams = new ArrayList<>(group.streams().stream().filter(s -> s.name().startsWith(prefix)).toList());
        if ("LastEventTime".equals(text(input, "orderBy", "LogStreamName"))) {
            streams.sort(Comparator.comparingLong(s -> s.span().map(LogStream.Span::lastEvent).orElse(0L)));
        }
        if (flag(input, "descending")) {
            Collections.reverse(streams);
        }
        JsonArray array = new JsonArray();
        for (LogStream stream : streams) {
            JsonObject json = new JsonObject();
            json.addProperty("logStreamName", stream.name());
            json.addProperty("creationTime", stream.creationTime());
            stream.span().ifPresent(span -> {
                json.addProperty("firstEventTimestamp", span.firstEvent());
                json.addProperty("lastEventTimestamp", span.lastEvent());
                json.addProperty("lastIngestionTime", span.lastIngestion());
            });
            json.addProperty("uploadSequenceToken", "1");
            json.addProperty("arn", stream.arn());
            json.addProperty("storedBytes", stream.storedBytes());
            array.add(json);
        }
        JsonObject output = new JsonObject();
        output.add("logStreams", array);
        return output;
    }

    private JsonObject putEvents(JsonObject input) {
        LogStream stream = group(input).find(required(input, "logStreamName")).orElseThrow(LogsException::streamNotFound);
        JsonArray given = array(input, "logEvents");
        if (given == null || given.isEmpty()) {
            throw new LogsException("InvalidParameterException", "logEvents must not be empty");
        }
        List<PutEvent> events = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            if (!given.get(i).isJsonObject()) {
                throw notConvertible("logEvents", "a structure");
            }
            JsonObject event = given.get(i).getAsJsonObject();
            String where = "logEvents." + (i + 1) + ".member.";
            events.add(new PutEvent(requiredNumber(event, "timestamp", where), required(event, "message", where)));
        }
        events.forEach(event -> stream.append(event.timestamp(), event.message()));
        JsonObject output = new JsonObject();
        output.addProperty("nextSequenceToken", Long.toString(System.nanoTime()));
        return output;
    }

    private JsonObject getEvents(JsonObject input) {
        LogStream stream = group(input).find(required(input, "logStreamName")).orElseThrow(LogsException::streamNotFound);
        long start = number(input, "startTime", Long.MIN_VALUE);
        long end = number(input, "endTime", Long.MAX_VALUE);
        JsonArray events = new JsonArray();
        for (LogStream.Event event : stream.events()) {
            if (event.timestamp() >= start && event.timestamp() < end) {
                events.add(eventMembers(new JsonObject(), event));
            }
        }
        JsonObject output = new JsonObject();
        output.add("events", events);
        // Every event is in this one answer, so both tokens say "nothing more"; clients stop when a token repeats.
        String token = text(input, "nextToken", "f/" + events.size());
        output.addProperty("nextForwardToken", token);
        output.addProperty("nextBackwardToken", "b/" + events.size());
        return output;
    }

    private JsonObject filterEvents(JsonObject input) {
        LogGroup group = group(input);
        FilterPattern pattern = FilterPattern.parse(text(input, "filterPattern", null));
        long start = number(input, "startTime", Long.MIN_VALUE);
        long end = number(input, "endTime", Long.MAX_VALUE);
        List<String> names = new ArrayList<>();
        JsonArray streamNames = array(input, "logStreamNames");
        if (streamNames != null) {
            for (JsonElement name : streamNames) {
                if (!name.isJsonPrimitive()) {
                    throw notConvertible("logStreamNames", "a list of strings");
                }
                names.add(name.getAsString());
            }
        }
        String prefix = text(input, "logStreamNamePrefix", "");
        long skip = skip(text(input, "nextToken", null));
        long limit = number(input, "limit", PAGE);
        if (limit < 1 || limit > PAGE) {
            throw new LogsException("InvalidParameterException", "1 validation error detected: Value '" + limit
                    + "' at 'limit' failed to satisfy constraint: Member must have value "
                    + (limit < 1 ? "greater than or equal to 1" : "less than or equal to " + PAGE));
        }
        List<Match> matched = new ArrayList<>();
        for (LogStream stream : group.streams()) {
            if (!names.isEmpty() && !names.contains(stream.name()) || !stream.name().startsWith(prefix)) {
                continue;
            }
            for (LogStream.Event event : stream.events()) {
                if (event.timestamp() >= start && event.timestamp() <= end && pattern.matches(event.message())) {
                    matched.add(new Match(stream.name(), event));
                }
            }
        }
        matched.sort(Comparator.comparingLong((Match m) -> m.event().timestamp()).thenComparingLong(m -> m.event().id()));
        JsonArray events = new JsonArray();
        matched.stream().skip(skip).limit(limit).forEach(match -> {
            JsonObject json = new JsonObject();
            json.addProperty("logStreamName", match.stream());
            eventMembers(json, match.event()).addProperty("eventId", String.format("%056d", match.event().id()));
            events.add(json);
        });
        JsonObject output = new JsonObject();
        output.add("events", events);
        output.add("searchedLogStreams", new JsonArray());
        if (skip < matched.size() - limit) {
            output.addProperty("nextToken", Long.toString(skip + limit));
        }
        return output;
    }

    /** The members GetLogEvents and FilterLogEvents both give an event, added to {@code json}. */
    private static JsonObject eventMembers(JsonObject json, LogStream.Event event) {
        json.addProperty("timestamp", event.timestamp());
        json.addProperty("message", event.message());
        json.addProperty("ingestionTime", event.ingestionTime());
        return json;
    }

    private LogGroup group(JsonObject input) {
        String name = text(input, "logGroupName", null);
        if (name == null) {
            String identifier = required(input, "logGroupIdentifier");
            name = identifier.contains(":log-group:") ? identifier.substring(identifier.indexOf(":log-group:") + 11)
                    .replaceAll(":\\*$", "") : identifier;
        }
        return store.find(name).orElseThrow(LogsException::groupNotFound);
    }

    /** FilterLogEvents' nextToken: how many matching events earlier pages showed. */
    private static long skip(String nextToken) {
        if (nextToken == null) {
            return 0;
        }
        try {
            long skip = Long.parseLong(nextToken);
            if (skip >= 0) {
                return skip;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new LogsException("InvalidParameterException", "The specified nextToken is invalid.");
    }

    private static String required(JsonObject input, String member) {
        return required(input, member, "");
    }

    /** @param where the path of {@code input} in the request, for the message ({@code logEvents.1.member.}) */
    private static String required(JsonObject input, String member, String where) {
        String value = text(input, member, null);
        if (value == null) {
            throw missing(where + member);
        }
        return value;
    }

    private static long requiredNumber(JsonObject input, String member, String where) {
        if (value(input, member) == null) {
            throw missing(where + member);
        }
        return number(input, member, 0);
    }

    private static LogsException missing(String member) {
        return new LogsException("InvalidParameterException", "1 validation error detected: Value null at '"
                + member + "' failed to satisfy constraint: Member must not be null");
    }

    private static String text(JsonObject input, String member, String fallback) {
        JsonElement value = value(input, member);
        if (value == null) {
            return fallback;
        }
        if (!value.isJsonPrimitive()) {
            throw notConvertible(member, "a string");
        }
        return value.getAsString();
    }

    private static long number(JsonObject input, String member, long fallback) {
        JsonElement value = value(input, member);
        if (value == null) {
            return fallback;
        }
        try {
            if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()) {
                return value.getAsLong();
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw notConvertible(member, "a number");
    }

    private static boolean flag(JsonObject input, String member) {
        JsonElement value = value(input, member);
        if (value == null) {
            return false;
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isBoolean()) {
            throw notConvertible(member, "a boolean");
        }
        return value.getAsBoolean();
    }

    private static JsonArray array(JsonObject input, String member) {
        JsonElement value = value(input, member);
        if (value == null) {
            return null;
        }
        if (!value.isJsonArray()) {
            throw notConvertible(member, "a list");
        }
        return value.getAsJsonArray();
    }

    private static JsonElement value(JsonObject input, String member) {
        JsonElement value = input.get(member);
        return value == null || value.isJsonNull() ? null : value;
    }

    /** A member of the wrong JSON type: the JSON 1.1 protocol's error, raised before the operation runs. */
    private static LogsException notConvertible(String member, String expected) {
        return new LogsException("SerializationException", "Cannot read " + member + ": it must be " + expected + ".");
    }

    private static CloudResponse json(int status, JsonObject body, String requestId) {
        return CloudResponse.bytes(status, "application/x-amz-json-1.1", body.toString().getBytes(StandardCharsets.UTF_8))
                .header("x-amzn-RequestId", requestId);
    }
}
