-- wrk script: after the run, one line with requests per second, the median and 99th percentile latency in
-- milliseconds, the count of failed requests (non-2xx/3xx answers and socket errors) and of all requests, for bench/lib.sh.
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format("WRK %.0f %.2f %.2f %d %d\n", summary.requests / seconds, latency:percentile(50) / 1000,
      latency:percentile(99) / 1000, e.status + e.connect + e.read + e.write + e.timeout, summary.requests))
end
