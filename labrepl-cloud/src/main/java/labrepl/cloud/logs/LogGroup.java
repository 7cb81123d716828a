package labrepl.cloud.logs;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/** A log group: its streams by name. */
public final class LogGroup extends LogResource {

    private final AtomicLong eventIds;
    private final NavigableMap<String, LogStream> streams = new ConcurrentSkipListMap<>();

    LogGroup(String name, String arn, AtomicLong eventIds) {
        super(name, arn);
        this.eventIds = eventIds;
    }

    /** The stream, created when missing. */
    public LogStream stream(String streamName) {
        return streams.computeIfAbsent(streamName, this::newStream);
    }

    public boolean createStream(String streamName) {
        return streams.putIfAbsent(streamName, newStream(streamName)) == null;
    }

    private LogStream newStream(String streamName) {
        return new LogStream(streamName, arn() + ":log-stream:" + streamName, eventIds);
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
