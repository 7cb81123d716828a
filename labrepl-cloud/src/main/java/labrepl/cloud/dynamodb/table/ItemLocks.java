package labrepl.cloud.dynamodb.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import labrepl.cloud.dynamodb.item.Value;

/**
 * The locks of several items, taken together in one fixed order (table id, then lock
 * stripe) so two transactions over the same items cannot deadlock. {@link #release} in a finally block.
 */
public final class ItemLocks {

    /** An item of a table, named by its key. */
    public record ItemRef(Table table, Map<String, Value> key) {
    }

    private record Stripe(Table table, int stripe) {
    }

    private final List<ReentrantLock> held = new ArrayList<>();

    private ItemLocks() {
    }

    public static ItemLocks lock(List<ItemRef> items) {
        TreeSet<Stripe> stripes = new TreeSet<>(Comparator.<Stripe, String>comparing(s -> s.table().definition().id())
                .thenComparingInt(Stripe::stripe));
        items.forEach(item -> stripes.add(new Stripe(item.table(), item.table().stripeOf(item.key()))));
        ItemLocks locks = new ItemLocks();
        for (Stripe stripe : stripes) {
            ReentrantLock lock = stripe.table().stripe(stripe.stripe());
            lock.lock();
            locks.held.add(lock);
        }
        return locks;
    }

    public void release() {
        for (int i = held.size() - 1; i >= 0; i--) {
            held.get(i).unlock();
        }
    }
}
