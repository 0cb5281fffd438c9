package org.spotthesigns.cluster;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.spotthesigns.testing.Chromium;

/**
 * Not a test (its name keeps it out of every build): the reporters' and readers' side of
 * {@code benchmarks/cluster.sh}, against a cluster that already runs. Reporters are headless
 * Chromium browsers filling the whole form through the balancer, one report after another;
 * readers fetch a guidance page as fresh visitors, each pausing {@code benchmark.reader-pause-ms}
 * between requests (none by default). Half-way through, the node named by
 * {@code benchmark.kill} (a pid file) is killed with {@code kill -9}.
 *
 * <pre>
 * ./mvnw -q test -Dtest=ClusterReportsBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *   -Dbenchmark.balancer=http://127.0.0.1:8100 -Dbenchmark.seconds=60 -Dbenchmark.reporters=2 \
 *   -Dbenchmark.readers=4 -Dbenchmark.reader-pause-ms=5 -Dbenchmark.kill=deploy/.run/node1/pid -Dbenchmark.out=target/reports.txt
 * </pre>
 *
 * Writes the references the reporters were shown (one a line) to {@code benchmark.out} and a
 * summary to standard output.
 */
class ClusterReportsBenchmark {

    @Test
    void reporters_and_readers_through_the_balancer() throws Exception {
        String balancer = System.getProperty("benchmark.balancer", "http://127.0.0.1:8100");
        Duration length = Duration.ofSeconds(Long.getLong("benchmark.seconds", 60));
        int reporters = Integer.getInteger("benchmark.reporters", 2);
        int readers = Integer.getInteger("benchmark.readers", 4);
        // each reader's wait between requests: unpaced readers take both cores from the browsers,
        // which then acknowledge nothing while the node is killed
        Duration readerPause = Duration.ofMillis(Long.getLong("benchmark.reader-pause-ms", 0));
        String kill = System.getProperty("benchmark.kill", "");
        Path out = Path.of(System.getProperty("benchmark.out", "target/cluster-benchmark/acknowledged.txt"));

        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failedReports = new AtomicInteger();
        List<String> reportFailures = Collections.synchronizedList(new ArrayList<>());
        AtomicLong readsOk = new AtomicLong();
        AtomicLong readsFailed = new AtomicLong();
        List<String> readFailures = Collections.synchronizedList(new ArrayList<>());

        List<ChromeDriver> browsers = new ArrayList<>();
        for (int i = 0; i < reporters; i++) {
            browsers.add(Chromium.start());
        }
        // one report each before the clock starts: the browsers' and nodes' first-time costs
        for (ChromeDriver browser : browsers) {
            try {
                new Reporter(browser, balancer).report("warm-up report " + UUID.randomUUID());
            } catch (RuntimeException slow) {
                System.out.println(
                        "A warm-up report did not finish: " + slow.getClass().getSimpleName());
            }
        }
        Instant start = Instant.now();
        Instant end = start.plus(length);
        Instant killAt = start.plus(length.dividedBy(2));
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try (ExecutorService pool = Executors.newFixedThreadPool(reporters + readers + 1)) {
            List<Future<?>> running = new ArrayList<>();
            for (ChromeDriver browser : browsers) {
                running.add(pool.submit(() -> {
                    while (Instant.now().isBefore(end)) {
                        try {
                            acknowledged.add(
                                    new Reporter(browser, balancer).report("benchmark report " + UUID.randomUUID()));
                        } catch (RuntimeException failed) {
                            failedReports.incrementAndGet();
                            reportFailures.add(Instant.now() + " "
                                    + failed.toString().lines().findFirst().orElse("")
                                    + " at "
                                    + java.util.Arrays.stream(failed.getStackTrace())
                                            .filter(frame ->
                                                    frame.getClassName().startsWith("org.spotthesigns"))
                                            .map(frame -> frame.getMethodName() + ":" + frame.getLineNumber())
                                            .collect(java.util.stream.Collectors.joining(" < ")));
                        }
                    }
                }));
            }
            for (int i = 0; i < readers; i++) {
                running.add(pool.submit(() -> {
                    while (Instant.now().isBefore(end)) {
                        try {
                            HttpResponse<Void> page = http.send(
                                    HttpRequest.newBuilder(URI.create(balancer + "/signs/two-phones"))
                                            .header("Accept-Encoding", "gzip")
                                            .timeout(Duration.ofSeconds(20))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding());
                            if (page.statusCode() == 200) {
                                readsOk.incrementAndGet();
                            } else {
                                readsFailed.incrementAndGet();
                                readFailures.add(Instant.now() + " status " + page.statusCode());
                            }
                        } catch (Exception failed) {
                            readsFailed.incrementAndGet();
                            readFailures.add(Instant.now() + " " + failed);
                        }
                        if (readerPause.isPositive()) {
                            Thread.sleep(readerPause);
                        }
                    }
                    return null;
                }));
            }
            if (!kill.isBlank()) {
                running.add(pool.submit(() -> {
                    Thread.sleep(Duration.between(Instant.now(), killAt));
                    long pid = Long.parseLong(Files.readString(Path.of(kill)).strip());
                    new ProcessBuilder("kill", "-9", String.valueOf(pid))
                            .start()
                            .waitFor();
                    System.out.println("Killed node pid " + pid + " at "
                            + Duration.between(start, Instant.now()).toSeconds() + " s");
                    return null;
                }));
            }
            for (Future<?> task : running) {
                task.get();
            }
        } finally {
            browsers.forEach(ChromeDriver::quit);
        }
        double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, acknowledged);
        System.out.printf(
                "reports acknowledged: %d in %.1f s (%.2f a second, %d reporters); reports that failed in the browser: %d%n",
                acknowledged.size(), seconds, acknowledged.size() / seconds, reporters, failedReports.get());
        System.out.printf(
                "reader requests: %d answered 200, %d failed (%.0f a second, %d readers)%n",
                readsOk.get(), readsFailed.get(), (readsOk.get() + readsFailed.get()) / seconds, readers);
        readFailures.stream().limit(20).forEach(failure -> System.out.println("  failed read: " + failure));
        reportFailures.stream().limit(10).forEach(failure -> System.out.println("  failed report: " + failure));
    }
}
