package nl.ingrado.portal.question.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * This node's copy of the search index. The database is the one truth: at most every
 * {@link #CHECK_MILLIS} ms a search asks it for the change counter that triggers raise on every change
 * of an article (made on any node, or by hand in SQL), and rebuilds the index when it moved. A change
 * made on this node is seen by the next search after its commit. While one request rebuilds, the
 * others keep searching the previous copy; only the very first search waits.
 */
@ApplicationScoped
public class KnowledgeIndex {

    /** How stale another node's change may be here; a few seconds, a cheap single-row read each. */
    public static final long CHECK_MILLIS = Long.getLong("portal.knowledge.checkMillis", 2000);

    private record Snapshot(long version, ArticleIndex index) {
    }

    private final ReentrantLock rebuilding = new ReentrantLock();
    private volatile Snapshot snapshot;
    private volatile long checkedAt;
    private volatile boolean stale = true;

    /**
     * The current index: {@code version} reads the change counter, {@code rows} the current articles
     * (read after the counter, so a change in between only causes one more rebuild).
     */
    public ArticleIndex current(LongSupplier version, Supplier<List<ArticleIndex.Row>> rows) {
        var known = snapshot;
        if (known != null && !due()) {
            return known.index();
        }
        if (!rebuilding.tryLock()) {
            if (known != null) {
                return known.index();
            }
            rebuilding.lock();
        }
        try {
            known = snapshot;
            if (known != null && !due()) {
                return known.index();
            }
            stale = false;
            long now = version.getAsLong();
            if (known == null || known.version() != now) {
                // the old copy is left to the garbage collector: a search may still be reading it
                known = new Snapshot(now, ArticleIndex.of(rows.get()));
                snapshot = known;
            }
            checkedAt = System.currentTimeMillis();
            return known.index();
        } finally {
            rebuilding.unlock();
        }
    }

    private boolean due() {
        return stale || System.currentTimeMillis() - checkedAt >= CHECK_MILLIS;
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) KnowledgeChanged change) {
        stale = true;
    }

    /** Fired by a change to the articles: after its commit this node checks the database at once. */
    public record KnowledgeChanged(long articleId) {
    }
}
