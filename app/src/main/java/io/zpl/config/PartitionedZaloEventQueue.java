package io.zpl.config;

import io.zpl.application.port.out.ZaloEventQueue;
import io.zpl.domain.event.ZaloEventId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One bounded queue and one thread per partition; an event's order key picks its partition, so the events of one user
 * on one OA are processed in order by one thread and never wait for each other's row locks. Each thread takes what
 * has piled up (up to a batch) and processes it in one go: one transaction, one commit.
 */
final class PartitionedZaloEventQueue implements ZaloEventQueue, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PartitionedZaloEventQueue.class);

    private final List<BlockingQueue<ZaloEventId>> partitions;
    private final List<Thread> threads;
    private final int batch;
    private final Consumer<List<ZaloEventId>> process;

    PartitionedZaloEventQueue(int threads, int capacity, int batch, Consumer<List<ZaloEventId>> process) {
        this.batch = batch;
        this.process = process;
        this.partitions = IntStream.range(0, threads)
                .mapToObj(i -> (BlockingQueue<ZaloEventId>)
                        new ArrayBlockingQueue<ZaloEventId>(Math.max(1, capacity / threads)))
                .toList();
        this.threads = IntStream.range(0, threads)
                .mapToObj(i ->
                        Thread.ofPlatform().name("zalo-events-" + i).daemon().start(() -> drain(partitions.get(i))))
                .toList();
    }

    @Override
    public boolean offer(ZaloEventId id, String orderKey) {
        return partitions
                .get(Math.floorMod(orderKey.hashCode(), partitions.size()))
                .offer(id);
    }

    @Override
    public boolean isIdle() {
        return partitions.stream().allMatch(BlockingQueue::isEmpty);
    }

    private void drain(BlockingQueue<ZaloEventId> queue) {
        List<ZaloEventId> ids = new ArrayList<>(batch);
        while (!Thread.currentThread().isInterrupted()) {
            try {
                ids.add(queue.take());
                queue.drainTo(ids, batch - 1);
                process.accept(ids);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                log.warn("{} Zalo events stay for the worker: {}", ids.size(), e.getMessage());
            }
            ids.clear();
        }
    }

    @Override
    public void close() {
        threads.forEach(Thread::interrupt);
    }
}
