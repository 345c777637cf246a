package dev.quizsite.links;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Reads at most {@code limit} bytes of a body within {@code deadline}, then hangs up: a huge,
 * endless or slow-drip body costs no more than that. A limit of 0 reads nothing, which is how a
 * GET learns the status without downloading the page.
 */
final class BoundedBody implements BodySubscriber<BoundedBody.Body> {

    /**
     * What was read.
     * @param complete the whole body was read
     * @param timedOut reading stopped at the deadline
     */
    record Body(byte[] bytes, boolean complete, boolean timedOut) {
    }

    private final long limit;
    private final Duration deadline;
    private final ScheduledExecutorService timer;
    private final CompletableFuture<Body> result = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private Flow.Subscription subscription;
    private ScheduledFuture<?> alarm;

    BoundedBody(long limit, Duration deadline, ScheduledExecutorService timer) {
        this.limit = limit;
        this.deadline = deadline;
        this.timer = timer;
    }

    @Override
    public synchronized void onSubscribe(Flow.Subscription newSubscription) {
        subscription = newSubscription;
        if (limit <= 0) {
            finish(false, false);
            return;
        }
        alarm = timer.schedule(() -> finish(false, true), deadline.toMillis(), TimeUnit.MILLISECONDS);
        subscription.request(1);
    }

    @Override
    public synchronized void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            int take = (int) Math.min(buffer.remaining(), limit - bytes.size());
            byte[] chunk = new byte[take];
            buffer.get(chunk);
            bytes.write(chunk, 0, take);
        }
        if (bytes.size() >= limit) {
            finish(false, false);
        } else {
            subscription.request(1);
        }
    }

    @Override
    public synchronized void onError(Throwable error) {
        if (alarm != null) {
            alarm.cancel(false);
        }
        // What arrived before a reset still counts: an anchor may be in it.
        result.complete(new Body(bytes.toByteArray(), false, false));
    }

    @Override
    public synchronized void onComplete() {
        if (alarm != null) {
            alarm.cancel(false);
        }
        result.complete(new Body(bytes.toByteArray(), true, false));
    }

    @Override
    public CompletionStage<Body> getBody() {
        return result;
    }

    /** Stops reading: cancelling the subscription closes the connection. */
    private synchronized void finish(boolean complete, boolean timedOut) {
        if (result.isDone()) {
            return;
        }
        if (alarm != null) {
            alarm.cancel(false);
        }
        subscription.cancel();
        result.complete(new Body(bytes.toByteArray(), complete, timedOut));
    }
}
