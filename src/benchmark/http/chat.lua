-- wrk script: every wrk thread holds one connection (run with -t N -c N) and plays one citizen after another,
-- each a real multi-turn conversation: the first turn without conversationId, the next ones with the id the
-- server issued. The conversations come from a Lua file made from the dev set (see run.sh), passed as the
-- script's first argument. done() prints one machine-readable line for run.sh's table.

local threads = {}
local counter = 0

function setup(thread)
   counter = counter + 1
   thread:set("number", counter)
   table.insert(threads, thread)
end

local conversations, conversation, turn, conversationId
-- Globals: done() reads them from every thread.
unexpected = 0
-- Answered but not stored (the service's database-down path): a 200 that must not count as a stored turn.
unstored = 0

function init(args)
   conversations = dofile(args[1])
   -- Threads start at different conversations, so concurrent citizens ask different things.
   conversation = ((number - 1) * 7) % #conversations + 1
   turn = 1
   wrk.method = "POST"
   wrk.headers["Content-Type"] = "application/json"
end

function request()
   local message = conversations[conversation][turn]
   local body
   if turn == 1 then
      body = '{"message":' .. message .. '}'
   else
      body = '{"conversationId":"' .. conversationId .. '","message":' .. message .. '}'
   end
   return wrk.format(nil, "/api/v1/chat", nil, body)
end

local function nextConversation()
   conversation = conversation % #conversations + 1
   turn = 1
   conversationId = nil
end

function response(status, headers, body)
   if status ~= 200 then
      unexpected = unexpected + 1
      nextConversation()
      return
   end
   if body:find('"turn":null', 1, true) then
      unstored = unstored + 1
   end
   conversationId = body:match('"conversationId":"([0-9a-f%-]+)"')
   turn = turn + 1
   if turn > #conversations[conversation] or conversationId == nil then
      nextConversation()
   end
end

function done(summary, latency, requests)
   local failed, notStored = 0, 0
   for _, thread in ipairs(threads) do
      failed = failed + (thread:get("unexpected") or 0)
      notStored = notStored + (thread:get("unstored") or 0)
   end
   local seconds = summary.duration / 1e6
   io.write(string.format("RESULT requests=%d seconds=%.2f rps=%.1f p50=%.2f p99=%.2f p999=%.2f max=%.2f non200=%d unstored=%d socket_errors=%d\n",
      summary.requests, seconds, summary.requests / seconds,
      latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency:percentile(99.9) / 1000,
      latency.max / 1000, failed, notStored,
      summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
