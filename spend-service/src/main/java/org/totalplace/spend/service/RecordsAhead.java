package org.totalplace.spend.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A ledger's records parsed on a thread of their own, a batch ahead of the reader: decoding the bytes and splitting
 * the CSV is a third of an import's work, and it can run while the import's thread classifies and copies the
 * batch before. Records come out in file order with their line numbers; a failure to read comes out where it
 * happened, after the records before it. At most {@link #BATCHES} batches wait, so the file never piles up in memory.
 */
final class RecordsAhead implements AutoCloseable {

    static final int BATCH = 512;
    static final int BATCHES = 4;

    /** A record's fields and the lines it starts on and the next one starts on. */
    private record Parsed(List<String> fields, int line, long nextLine) {
    }

    /** One hand-over: records; the last one ends the file, or says (with no records) what stopped the reading. */
    private record Batch(List<Parsed> records, boolean last, Exception failure, long failureLine) {
    }

    private final LedgerRecords source;
    private final BlockingQueue<Batch> ready = new ArrayBlockingQueue<>(BATCHES);
    private final Thread parser;
    private volatile boolean closed;
    private List<Parsed> current = List.of();
    private int next;
    private boolean finished;
    private Parsed last;
    private long nextLine = 1;

    RecordsAhead(LedgerRecords source) {
        this.source = source;
        this.parser = new Thread(this::parse, "ledger-parser");
        parser.setDaemon(true);
        parser.start();
    }

    /** The next record's fields, or null at the end; a read failure is thrown here, after the records before it. */
    List<String> next() throws IOException {
        while (next == current.size()) {
            if (finished) {
                return null;
            }
            Batch batch = take();
            if (batch.failure() != null) {
                finished = true;
                nextLine = batch.failureLine();
                throw rethrow(batch.failure());
            }
            current = batch.records();
            next = 0;
            finished = batch.last();
        }
        last = current.get(next++);
        nextLine = last.nextLine();
        return last.fields();
    }

    /** The line the record last returned starts on (1 for the header). */
    int line() {
        return last == null ? 0 : last.line();
    }

    /** The line the next record would start on: where a record that cannot be read begins. */
    long nextLine() {
        return nextLine;
    }

    private Batch take() throws IOException {
        try {
            return ready.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the ledger's records", e);
        }
    }

    private static IOException rethrow(Exception failure) {
        if (failure instanceof IOException io) {
            return io;
        }
        if (failure instanceof UncheckedIOException unchecked) {
            return unchecked.getCause();
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        return new IOException(failure);
    }

    private void parse() {
        List<Parsed> batch = new ArrayList<>(BATCH);
        try {
            List<String> fields;
            while ((fields = source.next()) != null) {
                batch.add(new Parsed(fields, source.line(), source.nextLine()));
                if (batch.size() == BATCH) {
                    if (!hand(new Batch(batch, false, null, 0))) {
                        return;
                    }
                    batch = new ArrayList<>(BATCH);
                }
            }
            hand(new Batch(batch, true, null, 0));
        } catch (IOException | RuntimeException e) {
            if (!batch.isEmpty() && !hand(new Batch(batch, false, null, 0))) {
                return;
            }
            hand(new Batch(List.of(), true, e, source.nextLine()));
        }
    }

    /** Waits for room; false once the reader has closed (nobody will take it). */
    private boolean hand(Batch batch) {
        try {
            while (!closed) {
                if (ready.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Stops the parser (if the reader stopped early) and closes the source once the parser has let go of it. */
    @Override
    public void close() throws IOException {
        closed = true;
        parser.interrupt();
        try {
            parser.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        source.close();
    }
}
