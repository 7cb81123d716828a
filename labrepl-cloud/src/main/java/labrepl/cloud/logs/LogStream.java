package labrepl.cloud.logs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** A log stream: events in the order they were put. */
public final class LogStream {

    /** One event: when it happened, what it says, when the store took it, and its id. */
    public record Event(long timestamp, String message, long ingestionTime, long id) {
    }

    private final String name;
    private final String arn;
    private final long creationTime = System.currentTimeMillis();
    private final AtomicLong eventIds;
    private final List<Event> events = new ArrayList<>();
    private long storedBytes;

    LogStream(String name, String arn, AtomicLong eventIds) {
        this.name = name;
        this.arn = arn;
        this.eventIds = eventIds;
    }

    public String name() {
        return name;
    }

    public String arn() {
        return arn;
    }

    public long creationTime() {
        return creationTime;
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

    /** First and last event times and the last ingestion, or null when the stream is empty. */
    public synchronized long[] span() {
        if (events.isEmpty()) {
            return null;
        }
        return new long[] {events.get(0).timestamp(), events.get(events.size() - 1).timestamp(),
                events.get(events.size() - 1).ingestionTime()};
    }
}
