package labrepl.cloud.logs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** A log stream: events in the order they were put. */
public final class LogStream extends LogResource {

    /** One event: when it happened, what it says, when the store took it, and its id. */
    public record Event(long timestamp, String message, long ingestionTime, long id) {
    }

    private final AtomicLong eventIds;
    private final List<Event> events = new ArrayList<>();
    private long storedBytes;

    LogStream(String name, String arn, AtomicLong eventIds) {
        super(name, arn);
        this.eventIds = eventIds;
    }

    public synchronized void append(long timestamp, String message) {
        events.add(new Event(timestamp, message, System.currentTimeMillis(), eventIds.incrementAndGet()));
        storedBytes += message.getBytes(StandardCharsets.UTF_8).length;
    }

    public synchronized List<Event> events() {
        return List.copyOf(events);
    }

    public synchronized long storedBytes() {
        return storedBytes;
    }

    /** The times of the first and the last event, and when the last was taken; none while the stream is empty. */
    public record Span(long firstEvent, long lastEvent, long lastIngestion) {
    }

    public synchronized Optional<Span> span() {
        if (events.isEmpty()) {
            return Optional.empty();
        }
        Event last = events.get(events.size() - 1);
        return Optional.of(new Span(events.get(0).timestamp(), last.timestamp(), last.ingestionTime()));
    }
}
