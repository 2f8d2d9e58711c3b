-- wrk script for bench/cluster: each thread is one resident at a time (run wrk with as many threads as connections)
-- going the real path through the load balancer: GET a deputy's page, POST the message (multipart, with the page's
-- CSRF token and submission key, and a phone so the receipt goes out by SMS), GET the receipt and note its ticket
-- and query code, then as a resident with no cookies GET /track, POST the ticket and code, GET the case's timeline.
-- Acknowledged tickets (a receipt shown) go to one file per thread in the folder given, to be checked afterwards.
local forms = dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "forms.lua")
local counter = 0
local threads = {}

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

local state, csrf, key, category, jar, location, out, ticket, code, page
acked, failed, tracked, server_errors = 0, 0, 0, 0

function init(args)
  out = io.open((args[1] or ".") .. "/tickets-" .. id .. ".txt", "w")
  out:setvbuf("line")
  math.randomseed(id * 7919 + os.time())
  state = "form"
  jar = forms.jar()
end

function request()
  local headers = { Cookie = jar.header() }
  if state == "post" then
    headers["Content-Type"] = forms.multipart
    local phone = string.format("139%08d", math.random(0, 99999999))
    return wrk.format("POST", page, headers,
        forms.message(csrf, key, category, "集群压测留言：小区门口的路灯坏了一个多月，晚上出行不便，请尽快修理。", phone))
  elseif state == "receipt" or state == "timeline" then
    return wrk.format("GET", location, headers)
  elseif state == "trackform" then
    return wrk.format("GET", "/track", headers)
  elseif state == "track" then
    headers["Content-Type"] = "application/x-www-form-urlencoded"
    return wrk.format("POST", "/track", headers, "_csrf=" .. csrf .. "&ticket=" .. ticket .. "&code=" .. code)
  end
  page = string.format("/d/wl%02d", math.random(1, 15))
  return wrk.format("GET", page, headers)
end

local function restart()
  jar.clear()
  state = "form"
end

function response(status, headers, body)
  if status >= 500 then server_errors = server_errors + 1 end
  jar.keep(headers)
  if state == "form" then
    csrf = forms.field(body, "_csrf")
    key = forms.field(body, "submissionKey")
    category = forms.first_category(body)
    if status == 200 and csrf and key and category then state = "post" else failed = failed + 1 end
  elseif state == "post" then
    location = forms.location(headers)
    if status == 302 and location then
      state = "receipt"
    else
      failed = failed + 1
      restart()
    end
  elseif state == "receipt" then
    ticket = string.match(body, 'id="ticket"[^>]*>([^<]+)<')
    code = string.match(body, 'id="query%-code"[^>]*>([^<]+)<')
    if status == 200 and ticket and code then
      acked = acked + 1
      out:write(ticket, "\n")
      code = string.gsub(code, "%s", "")
      jar.clear() -- later, on another phone: only the ticket and the code
      state = "trackform"
    else
      failed = failed + 1
      restart()
    end
  elseif state == "trackform" then
    csrf = forms.field(body, "_csrf")
    if status == 200 and csrf then state = "track" else failed = failed + 1; restart() end
  elseif state == "track" then
    location = forms.location(headers)
    if status == 302 and location then
      state = "timeline"
    else
      failed = failed + 1
      restart()
    end
  else
    if status == 200 and string.find(body, ticket, 1, true) then tracked = tracked + 1 else failed = failed + 1 end
    restart()
  end
end

function done(summary, latency, requests)
  local a, f, t, e = 0, 0, 0, 0
  for _, th in ipairs(threads) do
    a = a + th:get("acked"); f = f + th:get("failed"); t = t + th:get("tracked"); e = e + th:get("server_errors")
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("RESIDENT %.1f %.2f %.2f %d %d %d %d %d\n", summary.requests / seconds,
      latency:percentile(50) / 1000, latency:percentile(99) / 1000, a, t, f, e,
      summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
