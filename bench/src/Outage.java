import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.mashang.RawHttp;

/**
 * bench/outage: the embedded PostgreSQL of a running instance is frozen (SIGSTOP), thawed, then killed (kill -9),
 * under light load (a message every 200 ms, a page every 100 ms). Prints the time to the first 503, the time until
 * pages are served again, and how many messages whose receipt (ticket number) a resident saw are missing from the
 * database afterwards (must be 0).
 */
public final class Outage {

    private final String base;
    private final Path dataDir;
    /** When each page answered (ms since the start) and with what status. */
    private final ConcurrentSkipListMap<Long, Integer> pages = new ConcurrentSkipListMap<>();
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final long t0 = System.nanoTime();
    private volatile boolean running = true;

    Outage(String base, Path dataDir) {
        this.base = base;
        this.dataDir = dataDir;
    }

    public static void main(String[] args) throws Exception {
        new Outage(args[0], Path.of(args[1])).run();
    }

    long now() {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    void run() throws Exception {
        System.out.println("OUTAGE BENCH against " + base + ", database in " + dataDir);
        Thread submitter = loop(200, this::submit);
        Thread reader = loop(100, () -> record(new RawHttp(base).get("/cases")));
        Thread.sleep(5000);

        List<Long> postgres = processes();
        long frozen = now();
        signal("STOP", postgres);
        Thread.sleep(10_000);
        long thawed = now();
        signal("CONT", postgres);
        Thread.sleep(8000);

        long killed = now();
        signal("KILL", List.of(postgres.get(0)));
        Thread.sleep(20_000);
        running = false;
        submitter.join();
        reader.join();

        long end = now();
        System.out.printf("freeze (SIGSTOP, 10 s):  first 503 after %s; pages served again %s after SIGCONT%n",
                seconds(first(503, frozen), frozen), seconds(recovered(frozen, killed), thawed));
        System.out.printf("kill -9 of the postmaster: first 503 after %s; pages served again %s after the kill%n",
                seconds(first(503, killed), killed), seconds(recovered(killed, end), killed));
        StringBuilder timeline = new StringBuilder("ms since start\tstatus  (frozen " + frozen + ", thawed " + thawed + ", killed "
                + killed + ")\n");
        pages.forEach((k, v) -> timeline.append(k / 1000).append('\t').append(v).append('\n'));
        Files.writeString(dataDir.resolveSibling("answers.tsv"), timeline);
        Set<String> stored = storedTickets();
        long lost = acknowledged.stream().filter(t -> !stored.contains(t)).count();
        System.out.printf("messages acknowledged (receipt shown): %d; found in the database: %d; lost: %d%n", acknowledged.size(),
                acknowledged.size() - lost, lost);
        synchronized (statuses) {
            System.out.println("answers by status: " + statuses);
        }
        long serverErrors = statuses.entrySet().stream().filter(e -> e.getKey() >= 500 && e.getKey() != 503 || e.getKey() < 0)
                .mapToLong(Map.Entry::getValue).sum();
        if (lost > 0 || serverErrors > 0) {
            System.exit(1);
        }
    }

    interface Step {
        void run() throws Exception;
    }

    Thread loop(long everyMillis, Step step) {
        Thread t = new Thread(() -> {
            while (running) {
                long start = System.nanoTime();
                try {
                    step.run();
                } catch (Exception e) {
                    record(new RawHttp.Response(-1, Map.of(), "", 0));
                }
                long left = everyMillis - (System.nanoTime() - start) / 1_000_000;
                if (left > 0) {
                    try {
                        Thread.sleep(left);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        });
        t.start();
        return t;
    }

    RawHttp.Response record(RawHttp.Response r) {
        pages.put(now() * 1000 + (System.nanoTime() % 1000), r.status());
        synchronized (statuses) {
            statuses.merge(r.status(), 1, Integer::sum);
        }
        return r;
    }

    /** A resident leaves a message; it counts as acknowledged once the receipt page showed its ticket number. */
    void submit() throws IOException {
        RawHttp http = new RawHttp(base);
        http.timeoutMillis = 15_000;
        RawHttp.Response page = record(http.get("/s/wanlou"));
        if (page.status() != 200) {
            return;
        }
        String key = RawHttp.find(page.body(), "name=\"submissionKey\" value=\"([^\"]+)\"");
        String category = RawHttp.find(page.body(), "<option value=\"(\\d+)\"");
        RawHttp.Response posted = record(http.post("/s/wanlou", "_csrf=" + RawHttp.enc(RawHttp.csrf(page)) + "&text="
                + RawHttp.enc("停电演练留言 " + now()) + "&categoryId=" + category + "&publicChoice=false&submissionKey=" + key));
        if (posted.status() == 302) {
            RawHttp.Response receipt = record(http.get(posted.header("Location").replaceFirst("^https?://[^/]+", "")));
            String ticket = RawHttp.find(receipt.body(), "id=\"ticket\">([^<]+)<");
            if (receipt.status() == 200 && ticket != null) {
                acknowledged.add(ticket);
            }
        }
    }

    Long first(int status, long after) {
        return pages.tailMap(after * 1000).entrySet().stream().filter(e -> e.getValue() == status).map(e -> e.getKey() / 1000)
                .findFirst().orElse(null);
    }

    /** The first 200 of a phase after which no page of that phase was a 503 or failed: when the service was back. */
    Long recovered(long from, long to) {
        var phase = pages.subMap(from * 1000, to * 1000);
        Long lastBad = phase.entrySet().stream().filter(e -> e.getValue() == 503 || e.getValue() < 0).map(Map.Entry::getKey)
                .reduce((a, b) -> b).orElse(null);
        return lastBad == null ? null : phase.tailMap(lastBad, false).entrySet().stream().filter(e -> e.getValue() == 200)
                .map(e -> e.getKey() / 1000).findFirst().orElse(null);
    }

    static String seconds(Long at, long since) {
        return at == null ? "never" : String.format("%.1f s", (at - since) / 1000.0);
    }

    /** The postmaster (first) and its children, from postmaster.pid and /proc. */
    List<Long> processes() throws IOException {
        long postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip());
        List<Long> all = new ArrayList<>(List.of(postmaster));
        ProcessHandle.of(postmaster).ifPresent(p -> p.children().forEach(c -> all.add(c.pid())));
        return all;
    }

    static void signal(String signal, List<Long> pids) throws Exception {
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
        pids.forEach(p -> command.add(Long.toString(p)));
        new ProcessBuilder(command).inheritIO().start().waitFor();
    }

    /** Every ticket in the database, read with psql and the embedded server's password. */
    Set<String> storedTickets() throws Exception {
        String port = Files.readAllLines(dataDir.resolve("postmaster.pid")).get(3).strip();
        String password = Files.readString(dataDir.resolveSibling(dataDir.getFileName() + ".password")).strip();
        ProcessBuilder psql = new ProcessBuilder("psql", "-h", "localhost", "-p", port, "-U", "postgres", "-At", "-c",
                "select ticket from cases");
        psql.environment().put("PGPASSWORD", password);
        Process p = psql.redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return Set.copyOf(out.lines().map(String::strip).toList());
    }
}
