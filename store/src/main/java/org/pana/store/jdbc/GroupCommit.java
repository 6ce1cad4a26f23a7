package org.pana.store.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.dao.CannotAcquireLockException;

/**
 * Writes what many threads hand in at about the same moment in one transaction, and lets each of
 * them go on only once its part is durable. One writer thread takes whatever has queued up by the
 * time its transaction has its turn: alone, a caller waits for one commit as before; under load, a
 * hundred callers share one. Another transaction that writes anyway may take the waiting parts
 * along ({@link #takeWaiting}), so that they need not wait for the writer's turn.
 *
 * @param <T> what a caller hands in
 */
final class GroupCommit<T> {

  /** At most this many callers' parts go into one transaction. */
  private static final int MOST = 1_000;

  private final Consumer<Supplier<List<T>>> write;
  private final String name;
  private final LinkedBlockingQueue<Part<T>> queue = new LinkedBlockingQueue<>();
  private Thread writer;

  /** Whether the writer thread holds a batch and is writing it or waiting for its turn. */
  private volatile boolean writing;

  /**
   * @param write writes, in one transaction (all or none), the parts the supplier gives once the
   *     transaction has begun (asked again if the transaction is tried again)
   * @param name the writer thread's name
   */
  GroupCommit(Consumer<Supplier<List<T>>> write, String name) {
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
      writing = true;
      try {
        write.accept(
            () -> {
              queue.drainTo(batch, MOST - batch.size());
              return batch.stream().map(Part::value).toList();
            });
        written(batch);
      } catch (RuntimeException e) {
        batch.forEach(part -> part.done().completeExceptionally(e));
      } finally {
        writing = false;
      }
    }
  }

  /** How many parts wait to be taken (by the writer thread or another transaction). */
  int waiting() {
    return queue.size();
  }

  /** Whether the writer thread holds a batch and is writing it or waiting for its turn. */
  boolean writing() {
    return writing;
  }

  /**
   * Takes the parts waiting to be written, for a transaction under way to write along with its own;
   * it must then call {@link #written} once it committed, or {@link #unwritten} if it did not.
   */
  List<Part<T>> takeWaiting() {
    List<Part<T>> taken = new ArrayList<>();
    queue.drainTo(taken, MOST);
    return taken;
  }

  /** The parts taken are durable: their callers go on. */
  void written(List<Part<T>> parts) {
    parts.forEach(part -> part.done().complete(null));
  }

  /** The transaction that took the parts did not commit: they wait for the next one. */
  void unwritten(List<Part<T>> parts) {
    queue.addAll(parts);
  }

  /** What one caller handed in, and the signal it waits for. */
  record Part<T>(T value, CompletableFuture<Void> done) {}
}
