-- POST /api/chat with a rotating set of questions and one conversation per connection and question,
-- so the session store and the classifier cache see realistic traffic rather than one hot key.
local questions = {
  "what are liver mets",
  "how are liver metastases treated",
  "what is the portal vein",
  "can liver metastases be cured",
  "what symptoms do liver metastases cause",
  "what is ablation",
  "which cancers spread to the liver",
  "hello",
  "is there a clinical trial for me",
  "what does the liver do",
  "zzqx plorb wibble",
  "thank you",
}

local counter = 0
local thread_id = 0

function setup(thread)
  thread:set("id", thread_id)
  thread_id = thread_id + 1
end

function init(args)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  counter = counter + 1
  local q = questions[(counter % #questions) + 1]
  local session = string.format("load-%d-%d", id, counter % 500)
  return wrk.format(nil, "/api/chat", nil, string.format('{"sessionId":"%s","message":"%s"}', session, q))
end
