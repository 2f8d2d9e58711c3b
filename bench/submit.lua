-- wrk script for bench/submit: each connection is one resident (run wrk with as many threads as connections) going
-- the real path over and over, each time as a new resident without cookies: GET the deputy's page, POST the form (multipart, with the CSRF token and the fresh
-- submission key the page gave), follow the redirect to the receipt and note the ticket it shows. The tickets go to
-- one file per thread in TICKETS_DIR, to be checked against the database afterwards.
local forms = dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "forms.lua")
local counter = 0
local threads = {}

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

local page, state, csrf, key, category, jar, location, out
acked, failed = 0, 0

function init(args)
  page = args[1] or "/d/wl01"
  out = io.open((args[2] or ".") .. "/tickets-" .. id .. ".txt", "w")
  out:setvbuf("line")
  state = "form"
  jar = forms.jar()
end

function request()
  local headers = { Cookie = jar.header() }
  if state == "post" then
    headers["Content-Type"] = forms.multipart
    return wrk.format("POST", page, headers,
        forms.message(csrf, key, category, "压测留言：小区门口的路灯坏了一个多月，晚上出行不便，请尽快修理。"))
  elseif state == "receipt" then
    return wrk.format("GET", location, headers)
  end
  return wrk.format("GET", page, headers)
end

function response(status, headers, body)
  jar.keep(headers)
  if state == "form" then
    csrf = forms.field(body, "_csrf")
    key = forms.field(body, "submissionKey")
    category = forms.first_category(body)
    if status == 200 and csrf and key and category then
      state = "post"
    else
      failed = failed + 1
    end
  elseif state == "post" then
    location = forms.location(headers)
    if status == 302 and location then
      state = "receipt"
    else
      failed = failed + 1
      state = "form"
    end
  else
    local ticket = string.match(body, 'id="ticket"[^>]*>([^<]+)<')
    if status == 200 and ticket then
      acked = acked + 1
      out:write(ticket, "\n")
    else
      failed = failed + 1
    end
    -- the next message comes from another resident, who scans the sign with no cookies yet
    jar.clear()
    state = "form"
  end
end

function done(summary, latency, requests)
  local a, f = 0, 0
  for _, t in ipairs(threads) do
    a = a + t:get("acked")
    f = f + t:get("failed")
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("SUBMIT %d %d %.1f %.2f %.2f %d\n", a, f, a / seconds, latency:percentile(50) / 1000,
      latency:percentile(99) / 1000, summary.errors.status + summary.errors.connect + summary.errors.read +
      summary.errors.write + summary.errors.timeout))
end
