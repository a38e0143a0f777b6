package org.leaklab.classroom.web;

import java.net.InetAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A token bucket per network address: {@code burst} requests at once, refilled at {@code perSecond}.
 * The addresses live in memory only, for as long as their bucket is in use; the least recently seen
 * are dropped beyond {@code maxAddresses}, so a flood of addresses cannot fill the memory.
 */
final class RateLimiter {
    private final double burst;
    private final double perNano;
    private final LongSupplier clock;
    private final Map<InetAddress, double[]> buckets;

    RateLimiter(int burst, double perSecond, int maxAddresses, LongSupplier clock) {
        this.burst = burst;
        this.perNano = perSecond / 1e9;
        this.clock = clock;
        this.buckets = new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<InetAddress, double[]> eldest) {
                return size() > maxAddresses;
            }
        };
    }

    /** Takes one token for {@code address}; false when its bucket is empty. */
    synchronized boolean allow(InetAddress address) {
        long now = clock.getAsLong();
        double[] bucket = buckets.computeIfAbsent(address, a -> new double[] {burst, now});
        double tokens = Math.min(burst, bucket[0] + (now - (long) bucket[1]) * perNano);
        bucket[1] = now;
        if (tokens < 1) {
            bucket[0] = tokens;
            return false;
        }
        bucket[0] = tokens - 1;
        return true;
    }

    /** Seconds until {@code address} may try again, for Retry-After. */
    synchronized long retryAfterSeconds(InetAddress address) {
        double[] bucket = buckets.get(address);
        if (bucket == null || bucket[0] >= 1) {
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - bucket[0]) / perNano / 1e9));
    }

    /** Forgets every address. */
    synchronized void clear() {
        buckets.clear();
    }

    synchronized int addresses() {
        return buckets.size();
    }
}
