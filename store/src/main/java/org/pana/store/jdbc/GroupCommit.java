package org.pana.store.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.springframework.dao.CannotAcquireLockException;

/**
 * Writes what many threads hand in at about the same moment in one transaction, and lets each of
 * them go on only once its part is durable. One writer thread takes whatever has queued up while
 * the last commit ran: alone, a caller waits for one commit as before; under load, a hundred
 * callers share one.
 *
 * @param <T> what a caller hands in
 */
final class GroupCommit<T> {

  /** At most this many callers' parts go into one transaction. */
  private static final int MOST = 1_000;

  private final Consumer<List<T>> write;
  private final String name;
  private final LinkedBlockingQueue<Part<T>> queue = new LinkedBlockingQueue<>();
  private Thread writer;

  /**
   * @param write writes the parts given in one transaction (all or none)
   * @param name the writer thread's name
   */
  GroupCommit(Consumer<List<T>> write, String name) {
    this.write = write;
    this.name = name;
  }

  /** Hands {@code part} in and waits until it is written; rethrows what writing it threw. */
  void submit(T part) {
    Part<T> submitted = new Part<>(part, new CompletableFuture<>());
    startWriter();
    queue.add(submitted);
    try {
      submitted.done().get(Database.WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } catch (TimeoutException e) {
      throw new CannotAcquireLockException("Waited too long for the database to write.", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CannotAcquireLockException("Interrupted while waiting for a write.", e);
    }
  }

  private synchronized void startWriter() {
    if (writer == null) {
      writer = Thread.ofPlatform().name(name).daemon().start(this::writeForever);
    }
  }

  private void writeForever() {
    while (!Thread.currentThread().isInterrupted()) {
      List<Part<T>> batch = new ArrayList<>();
      try {
        batch.add(queue.take());
      } catch (InterruptedException e) {
        return;
      }
      queue.drainTo(batch, MOST - 1);
      try {
        write.accept(batch.stream().map(Part::value).toList());
        batch.forEach(part -> part.done().complete(null));
      } catch (RuntimeException e) {
        batch.forEach(part -> part.done().completeExceptionally(e));
      }
    }
  }

  private record Part<T>(T value, CompletableFuture<Void> done) {}
}
