package labrepl.cloud.logs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * CloudWatch Logs' data: log groups of log streams of events, ordered by name as the service
 * lists them. Kept in memory: a restart of the local cloud starts with empty logs.
 */
public final class LogStore {

    private final String accountId;
    private final String region;
    private final NavigableMap<String, LogGroup> groups = new ConcurrentSkipListMap<>();
    private final AtomicLong eventIds = new AtomicLong();

    public LogStore(String accountId, String region) {
        this.accountId = accountId;
        this.region = region;
    }

    /** The group, created when missing (as Lambda creates its functions' groups). */
    public LogGroup group(String name) {
        return groups.computeIfAbsent(name, this::newGroup);
    }

    /** Creates a group; false when it exists. */
    public boolean createGroup(String name) {
        return groups.putIfAbsent(name, newGroup(name)) == null;
    }

    public Optional<LogGroup> find(String name) {
        return Optional.ofNullable(groups.get(name));
    }

    public boolean deleteGroup(String name) {
        return groups.remove(name) != null;
    }

    /** Groups whose names start with {@code prefix}, in name order. */
    public List<LogGroup> groups(String prefix) {
        List<LogGroup> found = new ArrayList<>();
        for (Map.Entry<String, LogGroup> entry : groups.tailMap(prefix, true).entrySet()) {
            if (!entry.getKey().startsWith(prefix)) {
                break;
            }
            found.add(entry.getValue());
        }
        return found;
    }

    private LogGroup newGroup(String name) {
        return new LogGroup(name, "arn:aws:logs:" + region + ":" + accountId + ":log-group:" + name, eventIds);
    }
}
