package org.ansoplatform.search.indexing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

import org.ansoplatform.search.SearchDocument;
import org.ansoplatform.search.SearchSource;
import org.ansoplatform.shared.RecordChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the index in step with the modules' {@link SearchSource}s. After start, in a thread of its own so the
 * platform is ready at once, it rebuilds every source the index does not hold at the source's {@code version()}
 * (a first start, or a source that changed what it indexes), in batches of {@value #BATCH} documents each in
 * its own transaction, under a cluster-wide lock so one node rebuilds at a time. A rebuild writes every document
 * again and then drops those it did not write, so searches keep finding the old ones meanwhile. Between rebuilds,
 * {@link RecordChanged} re-reads the one record from its owner.
 */
@Component
public class SearchIndexer {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);
    static final int BATCH = 500;
    private static final Duration LOCK_AT_MOST = Duration.ofMinutes(30);

    private final ObjectProvider<SearchSource> sources;
    private final DocumentStore store;
    private final TransactionTemplate transactions;
    private final LockingTaskExecutor locks;
    // the index's own time, not the platform's clock that tests move: indexed_at only orders rebuilds and writes
    private final Clock clock = Clock.systemUTC();
    private final CompletableFuture<Void> built = new CompletableFuture<>();

    SearchIndexer(ObjectProvider<SearchSource> sources, DocumentStore store, TransactionTemplate transactions,
            LockProvider lockProvider) {
        this.sources = sources;
        this.store = store;
        this.transactions = transactions;
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
    }

    @EventListener(ApplicationReadyEvent.class)
    void afterStart() {
        Thread thread = new Thread(this::rebuildStale, "search-indexer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits until the rebuild after start has finished; false when it has not within {@code timeout}. */
    public boolean awaitBuilt(Duration timeout) {
        try {
            built.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("The search index could not be built", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void rebuildStale() {
        try {
            locks.executeWithLock((Runnable) () -> sources.orderedStream().forEach(source -> {
                Optional<Integer> indexed = store.version(source.module());
                if (indexed.isEmpty() || indexed.get() != source.version()) {
                    rebuild(source);
                }
            }), new LockConfiguration(clock.instant(), "search-rebuild", LOCK_AT_MOST, Duration.ZERO));
            built.complete(null);
        } catch (RuntimeException e) {
            log.error("Rebuilding the search index failed; it is tried again at the next start", e);
            built.completeExceptionally(e);
        }
    }

    /** Writes every document of the source again, then drops what it no longer offers. */
    public int rebuild(SearchSource source) {
        Instant start = clock.instant();
        int count = 0;
        List<SearchDocument> batch = new ArrayList<>(BATCH);
        try (Stream<SearchDocument> documents = transactions.execute(status -> source.documents().toList().stream())) {
            for (SearchDocument document : (Iterable<SearchDocument>) documents::iterator) {
                batch.add(document);
                if (batch.size() == BATCH) {
                    count += write(batch);
                }
            }
        }
        count += write(batch);
        int total = count;
        transactions.executeWithoutResult(status -> {
            int dropped = store.deleteOlder(source.module(), start);
            store.saveVersion(source.module(), source.version(), total, clock.instant());
            log.info("Search index: {} document(s) of {} at version {} ({} dropped)", total, source.module(),
                    source.version(), dropped);
        });
        return total;
    }

    private int write(List<SearchDocument> batch) {
        int size = batch.size();
        if (size > 0) {
            List<SearchDocument> copy = List.copyOf(batch);
            transactions.executeWithoutResult(status -> store.save(copy, clock.instant()));
            batch.clear();
        }
        return size;
    }

    /** Re-reads the changed record from its owner: stored again, or dropped when the owner no longer offers it. */
    @ApplicationModuleListener
    void on(RecordChanged event) {
        sources.orderedStream()
                .filter(source -> source.module().equals(event.ref().module()) && source.types().contains(event.ref().type()))
                .findFirst()
                .ifPresent(source -> source.document(event.ref()).ifPresentOrElse(
                        document -> store.save(List.of(document), clock.instant()),
                        () -> store.delete(event.ref())));
    }
}
