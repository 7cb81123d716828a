package labrepl.cloud.logs;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/** A log group: its streams by name. */
public final class LogGroup {

    private final String name;
    private final String arn;
    private final long creationTime;
    private final AtomicLong eventIds;
    private final NavigableMap<String, LogStream> streams = new ConcurrentSkipListMap<>();

    LogGroup(String name, String arn, long creationTime, AtomicLong eventIds) {
        this.name = name;
        this.arn = arn;
        this.creationTime = creationTime;
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

    /** The stream, created when missing. */
    public LogStream stream(String streamName) {
        return streams.computeIfAbsent(streamName, n -> new LogStream(n, arn + ":log-stream:" + n, eventIds));
    }

    public boolean createStream(String streamName) {
        return streams.putIfAbsent(streamName, new LogStream(streamName, arn + ":log-stream:" + streamName, eventIds))
                == null;
    }

    public Optional<LogStream> find(String streamName) {
        return Optional.ofNullable(streams.get(streamName));
    }

    public List<LogStream> streams() {
        return new ArrayList<>(streams.values());
    }

    public long storedBytes() {
        return streams.values().stream().mapToLong(LogStream::storedBytes).sum();
    }
}
