-- wrk script for bench/cluster: each thread is one reviewer (run wrk with as many threads as connections), signed in
-- once, then working the queue through the load balancer: GET /review, open the oldest message, accept it (public,
-- with the text the page suggests). The session lives in PostgreSQL, so it must survive a node being killed:
-- every answer that sends the signed-in reviewer back to the login page counts as a lost session.
local forms = dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "forms.lua")
local counter = 0
local threads = {}

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

local state, csrf, jar, case_id, public_text, user, password
accepted, lost_sessions, conflicts, server_errors, signed_in = 0, 0, 0, 0, 0

function init(args)
  user = args[1] or "shenhe"
  password = args[2] or "mashang2026"
  jar = forms.jar()
  state = "loginform"
end

function request()
  local headers = { Cookie = jar.header() }
  if state == "loginform" then
    return wrk.format("GET", "/login", headers)
  elseif state == "login" then
    headers["Content-Type"] = "application/x-www-form-urlencoded"
    return wrk.format("POST", "/login", headers, "_csrf=" .. forms.urlencode(csrf) .. "&username=" .. user .. "&password=" .. password)
  elseif state == "case" then
    return wrk.format("GET", "/review/cases/" .. case_id, headers)
  elseif state == "accept" then
    headers["Content-Type"] = "application/x-www-form-urlencoded"
    return wrk.format("POST", "/review/cases/" .. case_id .. "/accept", headers,
        "_csrf=" .. forms.urlencode(csrf) .. "&makePublic=true&publicText=" .. forms.urlencode(public_text or ""))
  end
  return wrk.format("GET", "/review", headers)
end

local function sent_to_login(status, headers)
  local location = headers["Location"] or headers["location"] or ""
  return status == 302 and string.find(location, "/login", 1, true) ~= nil
end

function response(status, headers, body)
  if status >= 500 then server_errors = server_errors + 1 end
  jar.keep(headers)
  if state == "loginform" then
    csrf = forms.field(body, "_csrf")
    if csrf then state = "login" end
    return
  elseif state == "login" then
    local location = headers["Location"] or headers["location"] or ""
    if status == 302 and not string.find(location, "error", 1, true) then
      signed_in = signed_in + 1
      state = "queue"
    else
      state = "loginform"
    end
    return
  end
  if sent_to_login(status, headers) then
    lost_sessions = lost_sessions + 1
    jar.clear()
    state = "loginform"
    return
  end
  if state == "queue" then
    -- the queue lists the oldest first; several reviewers pick at random among the first ones
    local ids = {}
    for id in string.gmatch(body, 'href="/review/cases/(%d+)"') do
      table.insert(ids, id)
      if #ids >= 20 then break end
    end
    if #ids > 0 then
      case_id = ids[math.random(1, #ids)]
      state = "case"
    end
  elseif state == "case" then
    csrf = forms.field(body, "_csrf")
    public_text = string.match(body, '<textarea[^>]*name="publicText"[^>]*>([^<]*)</textarea>')
    if status == 200 and csrf and string.find(body, "/accept", 1, true) then state = "accept" else state = "queue" end
  elseif state == "accept" then
    if status == 302 then accepted = accepted + 1 else conflicts = conflicts + 1 end
    state = "queue"
  end
end

function done(summary, latency, requests)
  local a, l, c, e, s = 0, 0, 0, 0, 0
  for _, th in ipairs(threads) do
    a = a + th:get("accepted"); l = l + th:get("lost_sessions"); c = c + th:get("conflicts")
    e = e + th:get("server_errors"); s = s + th:get("signed_in")
  end
  io.write(string.format("STAFF %.1f %.2f %.2f %d %d %d %d %d %d\n", summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(99) / 1000, a, l, c, e, s,
      summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
