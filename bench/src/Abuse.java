import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mashang.RawHttp;

/**
 * bench/abuse: what an attacker tries against a running instance. A fuzz set (NUL and control characters, malformed
 * escapes, injection strings, bad cookies, oversized and broken forms, odd methods), then query-code guessing, a
 * flood of messages and a password brute force, all from one address. Prints counts by status; fails on any 5xx.
 */
public final class Abuse {

    private final String base;
    private final Map<String, Map<Integer, Integer>> counts = new TreeMap<>();
    private final List<String> serverErrors = new ArrayList<>();
    private String section;

    Abuse(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        Abuse abuse = new Abuse(args.length > 0 ? args[0] : "http://localhost:8082");
        abuse.run();
    }

    void run() throws IOException {
        System.out.println("ABUSE BENCH against " + base);
        section = "1 fuzz";
        fuzz();
        section = "2 query-code guessing";
        guessCodes();
        section = "3 submission flood";
        flood();
        section = "4 login brute force";
        bruteForce();
        int fivexx = 0;
        int tooMany = 0;
        for (var e : counts.entrySet()) {
            int total = e.getValue().values().stream().mapToInt(Integer::intValue).sum();
            StringBuilder line = new StringBuilder(String.format("%-24s %5d requests:", e.getKey(), total));
            e.getValue().forEach((status, n) -> line.append(' ').append(status).append('×').append(n));
            System.out.println(line);
            fivexx += e.getValue().entrySet().stream().filter(s -> s.getKey() >= 500 || s.getKey() < 0)
                    .mapToInt(Map.Entry::getValue).sum();
            tooMany += e.getValue().getOrDefault(429, 0);
        }
        serverErrors.forEach(s -> System.out.println("  5xx: " + s));
        System.out.println("TOTAL 5xx (or no answer): " + fivexx + "   429: " + tooMany);
        if (fivexx > 0 || tooMany == 0) {
            System.exit(1);
        }
    }

    private RawHttp.Response count(String what, RawHttp.Response r) {
        counts.computeIfAbsent(section, k -> new TreeMap<>()).merge(r.status(), 1, Integer::sum);
        if (r.status() >= 500 || r.status() < 0) {
            serverErrors.add(r.status() + " " + what);
        }
        return r;
    }

    private RawHttp.Response get(RawHttp http, String target) throws IOException {
        return count("GET " + target, http.get(target));
    }

    // 1. the fuzz set

    static final String[] VALUES = {"%00", "a%00b", "%01", "%08", "%1B", "%1F", "%7F", "%zz", "%", "%E4%B8", "%C0%AF", "%FF%FE",
            "'%20OR%201=1--", "%27%3B%20drop%20table%20cases%3B--", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "..%2F..%2Fetc%2Fpasswd",
            "-1", "99999999999999999999", "1e309", "NaN", "%E2%80%AE", "%F0%9F%98%80", "A".repeat(6000), "%u0000", "2026-13-45",
            "true", "%5B%5D"};

    static final String[][] PAGES = {{"/", "q"}, {"/d/wl01", "lang"}, {"/s/wanlou", "x"}, {"/track", "ticket", "code"},
            {"/cases", "page", "state", "deputy", "category"}, {"/stats", "station", "year"}, {"/verify", "phone"},
            {"/login", "error"}, {"/my", "x"}, {"/stations/wanlou/receptions", "from"}, {"/d/wl01/qr.png", "size"},
            {"/cases/000000-00000", "x"}, {"/track/000000-00000/files/00000000-0000-0000-0000-000000000000", "x"},
            {"/track/000000-00000", "done"}, {"/track/000000-00000/receipt.png", "x"},
            {"/timeline", "street", "day"}, {"/d/wl01/received", "x"}};

    static final String[] PATHS = {"/d/%00", "/d/wl01%00", "/cases/%zz", "/%2e%2e/%2e%2e/etc/passwd", "/d/..;/admin", "/cases/%3Cscript%3E",
            "//cases", "/d/wl01/photo%00.png", "/track/x/files/not-a-uuid", "/track/%00/evaluate", "/cases/x/files/zz", "/s/%E4%B8", "/d/" + "x".repeat(3000),
            "/d/wl01;jsessionid=123", "/cases/%252e", "/stats/%0d%0aSet-Cookie:x=1", "/d/wl01/qr.png/..%2F..%2F"};

    private void fuzz() throws IOException {
        RawHttp http = new RawHttp(base);
        for (String[] page : PAGES) {
            for (int p = 1; p < page.length; p++) {
                for (String value : VALUES) {
                    get(http, page[0] + "?" + page[p] + "=" + value);
                }
            }
        }
        for (String path : PATHS) {
            get(http, path);
        }
        for (String session : new String[]{Base64.getEncoder().encodeToString(new byte[]{0, 1, 2, (byte) 0xFF, (byte) 0xFE, 0x7F}),
                "%00", "garbage", "x".repeat(4000), Base64.getEncoder().encodeToString("' or 1=1".getBytes()), "=="}) {
            for (String path : new String[]{"/", "/cases", "/d/wl01", "/track", "/staff"}) {
                count("GET " + path + " SESSION=" + session, http.send("GET", path, Map.of("Cookie", "SESSION=" + session), null));
            }
        }
        for (String method : new String[]{"PUT", "DELETE", "PATCH", "TRACE", "OPTIONS", "HEAD", "FOO"}) {
            count(method + " /", http.send(method, "/", Map.of(), null));
            count(method + " /cases", http.send(method, "/cases", Map.of(), null));
        }
        for (String type : new String[]{"application/json", "text/plain", "multipart/form-data", "multipart/form-data; boundary=",
                "application/x-www-form-urlencoded; charset=nonsense", "garbage/%00"}) {
            count("POST /s/wanlou " + type, http.send("POST", "/s/wanlou", Map.of("Content-Type", type), "{\"a\":1}".getBytes()));
        }
        fuzzForms(http);
    }

    /** Forms posted with a valid CSRF token, so the request reaches the application. */
    private void fuzzForms(RawHttp http) throws IOException {
        String[] bad = {"%00", "a%00b", "%07", "%1B%5B31m", "%zz", "%E4%B8", "A".repeat(3_000_000)};
        for (String value : bad) {
            RawHttp.Response page = get(http, "/s/wanlou");
            String csrf = RawHttp.enc(RawHttp.csrf(page));
            count("POST /s/wanlou text=" + abbreviate(value), http.post("/s/wanlou", "_csrf=" + csrf + "&text=" + value
                    + "&categoryId=1&publicChoice=true&submissionKey=" + java.util.UUID.randomUUID()));
            count("POST /track", http.post("/track", "_csrf=" + csrf + "&ticket=" + value + "&code=" + value));
            count("POST /track/{ticket}/evaluate", http.post("/track/000000-00000/evaluate", "_csrf=" + csrf + "&satisfaction=" + value
                    + "&comment=" + value));
            count("POST /verify/code", http.post("/verify/code", "_csrf=" + csrf + "&phone=" + value));
            RawHttp.Response login = get(http, "/login");
            count("POST /login", http.post("/login", "_csrf=" + RawHttp.enc(RawHttp.csrf(login)) + "&username=" + value + "&password=x"));
        }
        RawHttp.Response page = get(http, "/s/wanlou");
        String csrf = RawHttp.csrf(page);
        String boundary = "----bench" + System.nanoTime();
        count("multipart 3 MB text field", http.send("POST", "/s/wanlou", Map.of("Content-Type", "multipart/form-data; boundary=" + boundary),
                multipart(boundary, csrf, "x".repeat(3 * 1024 * 1024))));
        count("multipart NUL in text", http.send("POST", "/s/wanlou", Map.of("Content-Type", "multipart/form-data; boundary=" + boundary),
                multipart(boundary, csrf, "a\u0000b")));
        byte[] broken = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nabc").getBytes();
        count("multipart cut off", http.send("POST", "/s/wanlou", Map.of("Content-Type", "multipart/form-data; boundary=" + boundary), broken));
        count("POST without CSRF", http.post("/s/wanlou", "text=x&categoryId=1&publicChoice=true"));
        count("POST bad CSRF", http.post("/s/wanlou", "_csrf=" + "x".repeat(40) + "&text=x&categoryId=1&publicChoice=true"));
    }

    private static byte[] multipart(String boundary, String csrf, String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String[] field : new String[][]{{"_csrf", csrf}, {"text", text}, {"categoryId", "1"}, {"publicChoice", "true"},
                {"submissionKey", java.util.UUID.randomUUID().toString()}}) {
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n" + field[1] + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        out.write(("--" + boundary + "--\r\n").getBytes());
        return out.toByteArray();
    }

    private static String abbreviate(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…(" + s.length() + ")" : s;
    }

    // 2–4. the limits

    /** Leaves a real message and returns its ticket and code, read off the receipt page. */
    private String[] leaveMessage(RawHttp http, String text) throws IOException {
        RawHttp.Response page = get(http, "/s/wanlou");
        String key = RawHttp.find(page.body(), "name=\"submissionKey\" value=\"([^\"]+)\"");
        String category = RawHttp.find(page.body(), "<option value=\"(\\d+)\"");
        RawHttp.Response posted = count("POST /s/wanlou", http.post("/s/wanlou", "_csrf=" + RawHttp.enc(RawHttp.csrf(page)) + "&text="
                + RawHttp.enc(text) + "&categoryId=" + category + "&publicChoice=false&submissionKey=" + key));
        if (posted.status() != 302) {
            return null;
        }
        RawHttp.Response receipt = get(http, posted.header("Location").replaceFirst("^https?://[^/]+", ""));
        return new String[]{RawHttp.find(receipt.body(), "id=\"ticket\">([^<]+)<"), RawHttp.find(receipt.body(), "id=\"query-code\">([^<]+)<")};
    }

    private RawHttp.Response track(RawHttp http, String ticket, String code) throws IOException {
        RawHttp.Response page = http.get("/track");
        return count("track " + ticket,
                http.post("/track", "_csrf=" + RawHttp.enc(RawHttp.csrf(page)) + "&ticket=" + ticket + "&code=" + code));
    }

    private void guessCodes() throws IOException {
        RawHttp http = new RawHttp(base);
        String[] mine = leaveMessage(http, "路灯不亮，已经一个星期了。（压力测试）");
        if (mine == null || mine[0] == null) {
            System.out.println("  could not leave a message to guess on");
            return;
        }
        for (int i = 0; i < 8; i++) {
            track(new RawHttp(base), mine[0], String.format("%08d", i));
        }
        String day = mine[0].substring(0, 6);
        int number = Integer.parseInt(mine[0].substring(7));
        for (int i = 1; i <= 40; i++) {
            track(new RawHttp(base), day + "-" + String.format("%05d", Math.max(1, number - i)), String.format("%08d", 12345678 + i));
        }
    }

    private void flood() throws IOException {
        RawHttp http = new RawHttp(base);
        for (int i = 0; i < 120; i++) {
            leaveMessage(http, "同一个地址的第 " + i + " 条留言（压力测试）");
        }
    }

    private void bruteForce() throws IOException {
        for (int i = 0; i < 30; i++) {
            RawHttp http = new RawHttp(base);
            RawHttp.Response page = http.get("/login");
            count("login admin", http.post("/login", "_csrf=" + RawHttp.enc(RawHttp.csrf(page)) + "&username=admin&password=guess" + i));
        }
    }
}
