-- Shared by the wrk scripts of bench/ (submit, cluster): a visitor's cookies, the fields of a page's forms and a
-- resident's message as the form sends it. Each script loads it from its own folder:
--   local forms = dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "forms.lua")
local forms = {}

-- the cookies one visitor holds: sent with each request, replaced by what each answer sets
function forms.jar()
  local cookies = {}
  local jar = {}
  function jar.header()
    local parts = {}
    for k, v in pairs(cookies) do table.insert(parts, k .. "=" .. v) end
    return table.concat(parts, "; ")
  end
  function jar.keep(headers)
    for k, v in pairs(headers) do
      if string.lower(k) == "set-cookie" then
        local name, value = string.match(v, "^([^=]+)=([^;]*)")
        if name then cookies[name] = value end
      end
    end
  end
  -- another phone, or the same resident later: no cookies yet
  function jar.clear()
    for k in pairs(cookies) do cookies[k] = nil end
  end
  return jar
end

-- the value of the form field named so, within its own tag, whatever the order of the attributes
function forms.field(body, name)
  local at = string.find(body, 'name="' .. name .. '"', 1, true)
  if not at then return nil end
  local open = at
  while open > 1 and string.sub(body, open, open) ~= "<" do open = open - 1 end
  local close = string.find(body, ">", at, true) or #body
  return string.match(string.sub(body, open, close), 'value="([^"]+)"')
end

-- the first category offered (an option of the select, or a radio button), after the field's name
function forms.first_category(body)
  local at = string.find(body, 'name="categoryId"', 1, true)
  return at and string.match(body, 'value="(%d+)"', at)
end

-- where a redirect leads, as a path on the same host
function forms.location(headers)
  local location = headers["Location"] or headers["location"]
  return location and (string.gsub(location, "^https?://[^/]+", ""))
end

function forms.urlencode(s)
  return (string.gsub(s, "[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local boundary = "----mashangbench7f3a9c"
forms.multipart = "multipart/form-data; boundary=" .. boundary

local function part(name, value)
  return "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"" .. name .. "\"\r\n\r\n" .. value .. "\r\n"
end
local no_photo = "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"photos\"; filename=\"\"\r\n" ..
    "Content-Type: application/octet-stream\r\n\r\n\r\n"

-- the message form as a resident's phone sends it: public, no photo chosen, a phone number or none
function forms.message(csrf, key, category, text, phone)
  return part("_csrf", csrf) .. part("submissionKey", key) .. part("text", text) .. part("categoryId", category) ..
      part("blockId", "") .. part("name", "") .. part("phone", phone or "") .. part("email", "") ..
      part("publicChoice", "true") .. no_photo .. no_photo .. no_photo .. "--" .. boundary .. "--\r\n"
end

return forms
