-- POST /api/chat with a message no request has sent before: each wrk thread walks its own slice of the file named
-- by MESSAGES (one message a line, from scripts/unique-messages.py), each request in a new conversation.
-- START and LIMIT choose the lines to use (the warm-up takes others); a thread that runs out of its slice wraps and says so.
local messages = {}
local thread_id = 0

function setup(thread)
  thread:set("id", thread_id)
  thread_id = thread_id + 1
end

local function json_string(text)
  return '"' .. text:gsub('\\', '\\\\'):gsub('"', '\\"') .. '"'
end

function init(args)
  for line in io.lines(os.getenv("MESSAGES")) do
    messages[#messages + 1] = line
  end
  local threads = tonumber(os.getenv("THREADS") or "2")
  local start = tonumber(os.getenv("START") or "0")
  local limit = tonumber(os.getenv("LIMIT") or tostring(#messages - start))
  slice = math.floor(math.min(limit, #messages - start) / threads)
  first = start + id * slice
  counter = 0
  wrapped = false
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  if counter >= slice and not wrapped then
    wrapped = true
    io.stderr:write("thread " .. id .. " used its whole slice; messages now repeat\n")
  end
  local text = messages[first + (counter % slice) + 1]
  counter = counter + 1
  local body = string.format('{"sessionId":"u-%d-%d","message":%s}', id, counter, json_string(text))
  return wrk.format(nil, "/api/chat", nil, body)
end
