package labrepl.cloud.dynamodb;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import labrepl.cloud.dynamodb.item.Value;
import labrepl.cloud.dynamodb.table.StoredItem;
import labrepl.cloud.dynamodb.table.Table;
import labrepl.cloud.dynamodb.table.TableCatalog;

/**
 * Deletes items whose time-to-live attribute (a number of epoch seconds) lies in the past,
 * in the background, as DynamoDB does. Items whose attribute is missing or not a number
 * never expire.
 */
public final class TimeToLiveSweeper {

    private static final Logger LOG = Logger.getLogger(TimeToLiveSweeper.class.getName());

    private final TableCatalog catalog;
    private final Clock clock;

    public TimeToLiveSweeper(TableCatalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Sweeps every {@code periodMillis} on a daemon thread until the returned executor is shut down. */
    public ScheduledExecutorService start(long periodMillis) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "dynamodb-ttl-sweeper");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::sweepQuietly, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
        return executor;
    }

    private void sweepQuietly() {
        try {
            sweep();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Time-to-live sweep failed; it will run again", e);
        }
    }

    /** Deletes the expired items of every table with time to live enabled; returns how many. */
    public int sweep() {
        BigDecimal now = BigDecimal.valueOf(clock.millis()).movePointLeft(3);
        int deleted = 0;
        for (Table table : catalog.tables()) {
            String attribute = table.definition().ttlAttribute();
            if (attribute == null) {
                continue;
            }
            List<Map<String, Value>> expired = new ArrayList<>();
            Iterator<Table.Entry> entries = table.entries(null, null, false, false);
            while (entries.hasNext()) {
                Map<String, Value> item = entries.next().item().item();
                if (isExpired(item.get(attribute), now)) {
                    expired.add(table.keySchema().keyOf(item));
                }
            }
            for (Map<String, Value> key : expired) {
                deleted += deleteIfStillExpired(table, key, attribute, now) ? 1 : 0;
            }
        }
        return deleted;
    }

    /** Re-checks under the item's lock: a write may have extended the item's life since the scan. */
    private static boolean deleteIfStillExpired(Table table, Map<String, Value> key, String attribute, BigDecimal now) {
        Table.ItemKey at = table.key(key);
        ReentrantLock lock = table.lockFor(at);
        lock.lock();
        try {
            StoredItem current = table.get(at).orElse(null);
            if (current != null && isExpired(current.item().get(attribute), now)) {
                table.expire(at);
                return true;
            }
            return false;
        } finally {
            lock.unlock();
        }
    }

    private static boolean isExpired(Value value, BigDecimal now) {
        return value instanceof Value.N n && n.decimal().compareTo(now) < 0;
    }
}
