-- wrk script for bench/submit: each connection is one resident (run wrk with as many threads as connections) going
-- the real path over and over, each time as a new resident without cookies: GET the deputy's page, POST the form (multipart, with the CSRF token and the fresh
-- submission key the page gave), follow the redirect to the receipt and note the ticket it shows. The tickets go to
-- one file per thread in TICKETS_DIR, to be checked against the database afterwards.
local counter = 0
local threads = {}

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

local page, state, csrf, key, category, cookies, location, out
acked, failed = 0, 0

function init(args)
  page = args[1] or "/d/wl01"
  out = io.open((args[2] or ".") .. "/tickets-" .. id .. ".txt", "w")
  out:setvbuf("line")
  state = "form"
  cookies = {}
end

local function cookie_header()
  local parts = {}
  for k, v in pairs(cookies) do table.insert(parts, k .. "=" .. v) end
  return table.concat(parts, "; ")
end

local boundary = "----mashangbench7f3a9c"
local function part(name, value)
  return "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"" .. name .. "\"\r\n\r\n" .. value .. "\r\n"
end
local function empty_file()
  return "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"photos\"; filename=\"\"\r\n" ..
         "Content-Type: application/octet-stream\r\n\r\n\r\n"
end

function request()
  local headers = { Cookie = cookie_header() }
  if state == "post" then
    headers["Content-Type"] = "multipart/form-data; boundary=" .. boundary
    local body = part("_csrf", csrf) .. part("submissionKey", key) ..
        part("text", "压测留言：小区门口的路灯坏了一个多月，晚上出行不便，请尽快修理。") ..
        part("categoryId", category) .. part("blockId", "") .. part("name", "") .. part("phone", "") ..
        part("email", "") .. part("publicChoice", "true") .. empty_file() .. empty_file() .. empty_file() ..
        "--" .. boundary .. "--\r\n"
    return wrk.format("POST", page, headers, body)
  elseif state == "receipt" then
    return wrk.format("GET", location, headers)
  end
  return wrk.format("GET", page, headers)
end

local function keep_cookies(headers)
  for k, v in pairs(headers) do
    if string.lower(k) == "set-cookie" then
      local name, value = string.match(v, "^([^=]+)=([^;]*)")
      if name then cookies[name] = value end
    end
  end
end

-- the value of the form field named so: within its own tag, whatever the order of the attributes
local function field(body, name)
  local at = string.find(body, 'name="' .. name .. '"', 1, true)
  if not at then return nil end
  local open = at
  while open > 1 and string.sub(body, open, open) ~= "<" do open = open - 1 end
  local close = string.find(body, ">", at, true) or #body
  return string.match(string.sub(body, open, close), 'value="([^"]+)"')
end

-- the first category offered (an option of the select, or a radio button), after the field's name
local function first_category(body)
  local at = string.find(body, 'name="categoryId"', 1, true)
  return at and string.match(body, 'value="(%d+)"', at)
end

function response(status, headers, body)
  keep_cookies(headers)
  if state == "form" then
    csrf = field(body, "_csrf")
    key = field(body, "submissionKey")
    category = first_category(body)
    if status == 200 and csrf and key and category then
      state = "post"
    else
      failed = failed + 1
    end
  elseif state == "post" then
    location = headers["Location"] or headers["location"]
    if status == 302 and location then
      location = string.gsub(location, "^https?://[^/]+", "")
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
    cookies = {}
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
