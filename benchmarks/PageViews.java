import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load benchmark of public page views against a running production jar (see page-views.sh).
 * Each view is a fresh visitor with no cookie: the document alone (a reader whose browser runs no
 * JavaScript, or a crawler), or the document and then Vaadin's init request in the session the
 * document started (a visitor whose browser starts Vaadin). A static file of the same server is
 * measured in the same run as the yardstick. Then the heap each kind of visit leaves behind in
 * its session is measured with jcmd's class histogram (which collects garbage first).
 *
 *   java benchmarks/PageViews.java http://localhost:8093 PID [seconds] [concurrency]
 */
public class PageViews {

    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    private static final String PAGE = "/signs/two-phones";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    PageViews(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        long pid = Long.parseLong(args[1]);
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        int concurrency = args.length > 3 ? Integer.parseInt(args[3]) : 16;
        PageViews views = new PageViews(base);

        // warm the JIT on every path, then measure the heap before the load fills it with sessions
        views.run("warm-up", 5, concurrency, views::staticFile);
        views.run("warm-up", 5, concurrency, views::documentOnly);
        views.run("warm-up", 5, concurrency, views::withVaadin);
        System.out.println();
        System.out.println("| visit | sessions | retained heap per visit |");
        System.out.println("|---|---|---|");
        views.retained(pid, "document only (no JavaScript)", 2000, views::documentOnly);
        views.retained(pid, "document and Vaadin's init request", 500, views::withVaadin);
        System.out.println();
        System.out.printf("A browser without JavaScript downloads %.1f KB for %s (the document, its stylesheet and icon, compressed).%n",
                views.withoutJavaScript() / 1024.0, PAGE);

        System.out.println();
        System.out.printf("| %d concurrent fresh visitors, %d s each | per second | median ms | p95 ms | ratio to static |%n",
                concurrency, seconds);
        System.out.println("|---|---|---|---|---|");
        Result statics = views.run("static file (/styles/portal.css)", seconds, concurrency, views::staticFile);
        statics.print(statics);
        views.run("page view, document only", seconds, concurrency, views::documentOnly).print(statics);
        views.run("page view, document and Vaadin's init", seconds, concurrency, views::withVaadin).print(statics);
    }

    /** What each kind of visit keeps on the server: live heap after, minus before, over the visits. */
    private void retained(long pid, String name, int visits, Supplier<Integer> visit) throws Exception {
        long before = liveHeap(pid);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> done = new ArrayList<>();
        for (int i = 0; i < visits; i++) {
            done.add(pool.submit(visit::get));
        }
        for (Future<Integer> each : done) {
            each.get();
        }
        pool.shutdown();
        long after = liveHeap(pid);
        System.out.printf("| %s | %d | %.1f KB |%n", name, visits, (after - before) / 1024.0 / visits);
    }

    private static long liveHeap(long pid) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder("jcmd", String.valueOf(pid), "GC.class_histogram").redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor();
        Matcher total = Pattern.compile("Total\\s+\\d+\\s+(\\d+)").matcher(out);
        if (!total.find()) {
            throw new IllegalStateException("no histogram from jcmd: " + out);
        }
        return Long.parseLong(total.group(1));
    }

    record Result(String name, int views, double seconds, List<Long> nanos) {

        double perSecond() {
            return views / seconds;
        }

        double percentile(double p) {
            return nanos.get(Math.min(nanos.size() - 1, (int) Math.floor(p * nanos.size()))) / 1e6;
        }

        void print(Result statics) {
            System.out.printf("| %s | %.0f | %.1f | %.1f | %.2f |%n", name, perSecond(), percentile(0.5), percentile(0.95),
                    perSecond() / statics.perSecond());
        }
    }

    private Result run(String name, int seconds, int concurrency, Supplier<Integer> visit) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            workers.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    int status = visit.get();
                    nanos.add(System.nanoTime() - t0);
                    if (status != 200) {
                        failures.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        if (failures.get() > 0) {
            throw new IllegalStateException(name + ": " + failures.get() + " responses were not 200");
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return new Result(name, sorted.size(), elapsed, sorted);
    }

    /** The document and what it links to that a browser loads without running scripts, as sent over the wire. */
    private long withoutJavaScript() {
        HttpResponse<byte[]> page = get(base + PAGE, null);
        String html = new String(gunzip(page.body()), StandardCharsets.UTF_8);
        long bytes = page.body().length;
        Matcher linked = Pattern.compile("<link[^>]+rel=\"(?:stylesheet|icon)\"[^>]*href=\"([^\"]+)\"|<link[^>]+href=\"([^\"]+)\"[^>]*rel=\"(?:stylesheet|icon)\"")
                .matcher(html);
        while (linked.find()) {
            String href = linked.group(1) != null ? linked.group(1) : linked.group(2);
            bytes += get(base + (href.startsWith("/") ? href : "/" + href.replaceFirst("^\\./", "")), null).body().length;
        }
        return bytes;
    }

    private static byte[] gunzip(byte[] body) {
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
            return in.readAllBytes();
        } catch (IOException e) {
            return body; // sent as it is
        }
    }

    private int staticFile() {
        return get(base + "/styles/portal.css", null).statusCode();
    }

    private int documentOnly() {
        return get(base + PAGE, null).statusCode();
    }

    /** The document, then what Vaadin's client asks for when it starts, in the session just begun. */
    private int withVaadin() {
        HttpResponse<byte[]> page = get(base + PAGE, null);
        Matcher session = SESSION.matcher(String.join(";", page.headers().allValues("set-cookie")));
        if (page.statusCode() != 200 || !session.find()) {
            return page.statusCode() == 200 ? 599 : page.statusCode();
        }
        // the client asks at the application's root (the page's <base>), naming the page it is on
        String init = base + "/?v-r=init&location=" + URLEncoder.encode(PAGE.substring(1), StandardCharsets.UTF_8)
                + "&query=&v-sh=812&v-sw=375&v-wh=812&v-ww=375&v-bh=812&v-bw=375&v-curdate=" + System.currentTimeMillis()
                + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=Europe%2FLondon&v-td=true&v-pr=2&v-np=Linux";
        HttpResponse<byte[]> started = get(init, "JSESSIONID=" + session.group(1));
        String type = started.headers().firstValue("content-type").orElse("");
        return started.statusCode() == 200 && type.contains("json") ? 200 : 598;
    }

    private HttpResponse<byte[]> get(String url, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept-Encoding", "gzip")
                .header("Accept-Language", "en-GB").timeout(Duration.ofSeconds(30));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
