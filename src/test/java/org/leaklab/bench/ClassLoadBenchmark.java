package org.leaklab.bench;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.leaklab.classroom.ClassRoom;
import org.leaklab.classroom.RoomSettings;
import org.leaklab.classroom.ThrottledUpdates;
import org.leaklab.classroom.web.ClassServer;
import org.leaklab.content.CaseLibrary;
import org.leaklab.model.Case;
import org.leaklab.model.DecisionScenario;
import org.leaklab.model.Scenario;
import org.leaklab.scoring.ScenarioScorer;

/**
 * The class network under a class of 100 devices on loopback, in two processes so each side's
 * threads and heap are its own: {@code server} runs the room, the web server and the teacher (who
 * opens the case's 12 scenarios one after another and reveals each once every device answered);
 * {@code devices} runs 100 simulated phones, each from its own loopback address (127.0.0.x, so the
 * per-address limits apply as in a classroom), with live updates by Server-Sent Events (or
 * {@code --poll}: short polling every 2 s instead). A plain program, not a test; run it with
 * {@code bench/class-load.sh}.
 */
public final class ClassLoadBenchmark {
    private ClassLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("server")) {
            server(args.length > 1 ? Integer.parseInt(args[1]) : 100);
        } else if (args.length > 1 && args[0].equals("devices")) {
            devices(URI.create(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 100,
                    List.of(args).contains("--poll"));
        } else {
            System.err.println("usage: ClassLoadBenchmark server [devices] | devices URL [devices] [--poll]");
            System.exit(2);
        }
    }

    // ---- the laptop --------------------------------------------------------------------------------

    private static void server(int devices) throws Exception {
        Case amazon = CaseLibrary.builtIn().require(CaseLibrary.AMAZON_2018);
        ScenarioScorer scorer = new ScenarioScorer(amazon);
        ClassRoom room = ClassRoom.open(scorer, new RoomSettings(devices + 20, List.of()));
        ClassServer server = ClassServer.start(room, InetAddress.getLoopbackAddress(), 0, Locale.ENGLISH);
        AtomicLong worstStatusNanos = new AtomicLong();
        ConcurrentLinkedQueue<Long> statusNanos = new ConcurrentLinkedQueue<>();
        AtomicLong worstWakeNanos = new AtomicLong();
        AtomicInteger updates = new AtomicInteger();
        // What the projector would get: at most four updates a second, the status made off the UI thread.
        ThrottledUpdates projector = ThrottledUpdates.watch(room, Duration.ofMillis(250), status -> updates.incrementAndGet());
        long[] peakHeap = {0};
        int[] peakThreads = {0};
        Runtime runtime = Runtime.getRuntime();
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peakHeap[0] = Math.max(peakHeap[0], runtime.totalMemory() - runtime.freeMemory());
                // Platform threads only: virtual threads (one per request and per event stream) are not listed.
                peakThreads[0] = Math.max(peakThreads[0], Thread.getAllStackTraces().size());
                long start = System.nanoTime();
                room.status();
                long took = System.nanoTime() - start;
                worstStatusNanos.accumulateAndGet(took, Math::max);
                statusNanos.add(took);
                long sleep = System.nanoTime();
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
                // How late a plain sleep wakes up: the machine's own scheduling delay, for comparison.
                worstWakeNanos.accumulateAndGet(System.nanoTime() - sleep - 50_000_000L, Math::max);
            }
        });
        System.out.println("CLASS_URL=" + server.joinUrl());
        System.out.flush();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (room.status().devices() < devices && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        int joined = room.status().devices();
        int incomplete = 0;
        long lessonStart = System.nanoTime();
        for (Scenario scenario : amazon.scenarios()) {
            room.open(scenario);
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (room.status().question().orElseThrow().answered() < joined && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            if (room.status().question().orElseThrow().answered() < joined) {
                incomplete++;
            }
            if (scenario instanceof DecisionScenario) {
                room.reveal();
            } else {
                room.close();
                room.reveal();
            }
            Thread.sleep(500); // the phones fetch their score and why
        }
        double lessonSeconds = (System.nanoTime() - lessonStart) / 1e9;
        room.clearQuestion();
        Thread.sleep(1000);
        System.gc();
        Thread.sleep(200);
        long afterGc = runtime.totalMemory() - runtime.freeMemory();
        System.out.printf(Locale.ROOT, "server: devices joined %d, questions not answered by all %d, lesson %.1f s%n",
                joined, incomplete, lessonSeconds);
        System.out.printf(Locale.ROOT, "server: platform threads peak %d (now %d), event streams still open %d%n",
                peakThreads[0], Thread.getAllStackTraces().size(), server.openStreams());
        System.out.printf(Locale.ROOT, "server: heap used peak %.1f MB, after GC %.1f MB (max %.0f MB)%n",
                peakHeap[0] / 1e6, afterGc / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        System.out.printf(Locale.ROOT, "server: projector updates %d (throttled to 4/s), slowest status for the projector %.2f ms%n",
                updates.get(), worstStatusNanos.get() / 1e6);
        List<Long> statuses = new ArrayList<>(statusNanos);
        Collections.sort(statuses);
        System.out.printf(Locale.ROOT, "server: status for the projector (every 50 ms, %d calls) median %.2f ms, p99 %.2f ms%n",
                statuses.size(), percentile(statuses, 50), percentile(statuses, 99));
        System.out.printf(Locale.ROOT, "server: a 50 ms sleep woke up to %.0f ms late (the machine's own scheduling delay; load average %s)%n",
                worstWakeNanos.get() / 1e6, loadAverage());
        System.out.flush();
        sampler.interrupt();
        projector.close();
        server.close();
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    // ---- the phones --------------------------------------------------------------------------------

    private static void devices(URI joinUrl, int count, boolean poll) throws Exception {
        String code = joinUrl.getFragment();
        URI base = URI.create(joinUrl.getScheme() + "://" + joinUrl.getAuthority() + "/s/" + code + "/");
        ConcurrentLinkedQueue<Long> answerNanos = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> updateNanos = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> retries = new ConcurrentLinkedQueue<>();
        AtomicInteger answers = new AtomicInteger();
        AtomicInteger requests = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(count);
        List<Thread> phones = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            InetAddress from = InetAddress.getByName("127.0." + (1 + i / 250) + "." + (2 + i % 250));
            phones.add(Thread.ofVirtual().start(new Phone(base, from, poll, new Random(i), answerNanos, updateNanos,
                    errors, retries, answers, requests, done)));
            Thread.sleep(20); // 100 phones join within a few seconds, as a class scanning the QR code
        }
        boolean finished = done.await(5, TimeUnit.MINUTES);
        phones.forEach(Thread::interrupt);
        List<Long> latencies = new ArrayList<>(answerNanos);
        Collections.sort(latencies);
        List<Long> live = new ArrayList<>(updateNanos);
        Collections.sort(live);
        System.out.printf(Locale.ROOT, "devices: %d phones, %s, %d answers sent, %d requests in all, finished: %s%n",
                count, poll ? "short polling every 2 s" : "Server-Sent Events", answers.get(), requests.get(), finished);
        System.out.printf(Locale.ROOT, "devices: errors %d%s, retries %d%s%n", errors.size(),
                errors.isEmpty() ? "" : " (first: " + errors.peek() + ")", retries.size(),
                retries.isEmpty() ? "" : " (first: " + retries.peek() + ")");
        System.out.printf(Locale.ROOT, "devices: answer latency median %.1f ms, p99 %.1f ms, max %.1f ms%n",
                percentile(latencies, 50), percentile(latencies, 99), percentile(latencies, 100));
        System.out.printf(Locale.ROOT, "devices: question reaches the phone (open to state fetched) median %.1f ms, p99 %.1f ms%n",
                percentile(live, 50), percentile(live, 99));
        System.exit(errors.isEmpty() && finished ? 0 : 1);
    }

    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }

    /** One phone: join, listen, answer every question once, fetch its score after each reveal. */
    private record Phone(URI base, InetAddress from, boolean poll, Random random, ConcurrentLinkedQueue<Long> answerNanos,
                         ConcurrentLinkedQueue<Long> updateNanos, ConcurrentLinkedQueue<String> errors,
                         ConcurrentLinkedQueue<String> retries, AtomicInteger answers, AtomicInteger requests, CountDownLatch done) implements Runnable {
        private static final Gson GSON = new Gson();

        @Override
        public void run() {
            try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).localAddress(from)
                    .connectTimeout(Duration.ofSeconds(5)).build()) {
                play(client);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                errors.add(e + (e.getCause() == null ? "" : " (cause: " + e.getCause() + ")"));
            } finally {
                done.countDown();
            }
        }

        private void play(HttpClient client) throws Exception {
            JsonObject joined = post(client, "join", null, "{}", 201);
            String token = joined.get("token").getAsString();
            java.util.concurrent.BlockingQueue<Long> signals = new java.util.concurrent.LinkedBlockingQueue<>();
            if (!poll) {
                HttpRequest events = HttpRequest.newBuilder(base.resolve("events")).GET().build();
                // The stream is read on a thread of its own: thenAccept on a response that has already
                // arrived runs on the calling thread, so the phone itself would read the endless stream
                // and never answer (one phone in a run stalled so, every question waiting 20 s for it).
                client.sendAsync(events, HttpResponse.BodyHandlers.ofLines()).thenAcceptAsync(response -> response.body()
                        .filter(line -> line.startsWith("data: "))
                        .forEach(line -> signals.add(System.nanoTime())), Thread.ofVirtual()::start);
            }
            int answeredSeq = -1;
            int revealedSeq = -1;
            int seen = 0;
            long signalledAt = System.nanoTime();
            while (seen < 12 || revealedSeq != answeredSeq) {
                Long signal = poll ? null : signals.poll(30, TimeUnit.SECONDS);
                if (poll) {
                    Thread.sleep(2000);
                    signal = System.nanoTime();
                } else if (signal == null) {
                    errors.add("no event for 30 s");
                    return;
                }
                signalledAt = signal;
                JsonObject state = get(client, "state", token);
                if (!state.has("question") || state.get("question").isJsonNull()) {
                    if (seen >= 12) {
                        return;
                    }
                    continue;
                }
                JsonObject question = state.getAsJsonObject("question");
                int seq = question.get("seq").getAsInt();
                String phase = question.get("phase").getAsString();
                if (phase.equals("open") && seq != answeredSeq) {
                    updateNanos.add(System.nanoTime() - signalledAt);
                    Thread.sleep(random.nextInt(400)); // reading and thinking
                    JsonObject answer = answer(question);
                    answer.addProperty("seq", seq);
                    long start = System.nanoTime();
                    post(client, "answer", token, answer.toString(), 200);
                    answerNanos.add(System.nanoTime() - start);
                    answers.incrementAndGet();
                    answeredSeq = seq;
                    seen++;
                } else if (phase.equals("revealed")) {
                    revealedSeq = seq;
                }
            }
        }

        private JsonObject answer(JsonObject question) {
            JsonObject answer = new JsonObject();
            switch (question.get("kind").getAsString()) {
                case "ranking" -> {
                    List<String> items = new ArrayList<>();
                    question.getAsJsonArray("items").forEach(i -> items.add(i.getAsJsonObject().get("id").getAsString()));
                    Collections.shuffle(items, random);
                    answer.add("ranking", GSON.toJsonTree(items));
                }
                case "estimate" -> answer.addProperty("estimate", Math.round(Math.pow(10, random.nextDouble() * 4) * 100) / 100.0);
                case "choice" -> {
                    var options = question.getAsJsonArray("options");
                    List<String> chosen = new ArrayList<>();
                    chosen.add(options.get(random.nextInt(options.size())).getAsJsonObject().get("id").getAsString());
                    if (question.get("multiple").getAsBoolean()) {
                        String other = options.get(random.nextInt(options.size())).getAsJsonObject().get("id").getAsString();
                        if (!chosen.contains(other)) {
                            chosen.add(other);
                        }
                    }
                    answer.add("choice", GSON.toJsonTree(chosen));
                }
                default -> {
                    var options = question.getAsJsonObject("story").getAsJsonObject("node").getAsJsonArray("options");
                    answer.addProperty("vote", options.get(random.nextInt(options.size())).getAsJsonObject().get("id").getAsString());
                }
            }
            return answer;
        }

        private JsonObject get(HttpClient client, String action, String token) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(base.resolve(action)).header(ClassServer.TOKEN_HEADER, token)
                    .timeout(Duration.ofSeconds(10)).GET().build();
            return send(client, request, 200);
        }

        private JsonObject post(HttpClient client, String action, String token, String body, int expected) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(action)).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
            if (token != null) {
                request.header(ClassServer.TOKEN_HEADER, token);
            }
            return send(client, request.build(), expected);
        }

        private JsonObject send(HttpClient client, HttpRequest request, int expected) throws Exception {
            requests.incrementAndGet();
            HttpResponse<String> response;
            try {
                response = sendRetryingOnce(client, request);
            } catch (java.io.IOException e) {
                // Which request failed, from which address, and the innermost reason (a refused or
                // timed-out connect says nothing more on its own).
                Throwable root = e;
                while (root.getCause() != null && root.getCause() != root) {
                    root = root.getCause();
                }
                throw new java.io.IOException(request.method() + " " + request.uri().getPath() + " from " + from
                        + " failed: " + e.getClass().getSimpleName() + ", innermost " + root, e);
            }
            if (response.statusCode() != expected) {
                errors.add(request.method() + " " + request.uri().getPath() + " " + response.statusCode() + " " + response.body());
                throw new IllegalStateException("unexpected " + response.statusCode());
            }
            return JsonParser.parseString(response.body()).getAsJsonObject();
        }

        /**
         * A request that fails on the network (no answer at all, such as the rare connect that the
         * JDK HttpClient's own connect retry turns into a ConnectException with a
         * ClosedChannelException inside) is sent once more, as the phone page does: it keeps a
         * failed answer and sends it again after its next state fetch, and fetches the state again
         * on its next update or poll (seconds later). This phone waits one second and sends it
         * again (at once, the connect failed again in one run). Each retry is counted; a request
         * that fails again is an error.
         */
        private HttpResponse<String> sendRetryingOnce(HttpClient client, HttpRequest request)
                throws java.io.IOException, InterruptedException {
            try {
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException e) {
                Throwable root = e;
                while (root.getCause() != null && root.getCause() != root) {
                    root = root.getCause();
                }
                retries.add(request.method() + " " + request.uri().getPath() + " from " + from + ": "
                        + e.getClass().getSimpleName() + ", innermost " + root);
                requests.incrementAndGet();
                Thread.sleep(1000);
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            }
        }
    }
}
