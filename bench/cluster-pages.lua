-- wrk script for bench/cluster: anonymous visitors reading the public pages through the load balancer, in turn: the
-- deputies' pages (the QR codes lead there), the station, the wall, the figures, the front page and the track form.
local paths = { "/s/wanlou", "/cases", "/stats", "/", "/track" }
for i = 1, 15 do table.insert(paths, string.format("/d/wl%02d", i)) end
local n = 0
local threads = {}
server_errors = 0

function setup(thread)
  table.insert(threads, thread)
end

function request()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1])
end

function response(status, headers, body)
  if status >= 500 then server_errors = server_errors + 1 end
end

function done(summary, latency, requests)
  local e = 0
  for _, th in ipairs(threads) do e = e + th:get("server_errors") end
  io.write(string.format("PAGES %.1f %.2f %.2f %d %d\n", summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(99) / 1000, e,
      summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
