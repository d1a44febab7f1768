-- wrk script for POST /api/v1/recipients/resolve: partner ids of a range in turn, both purposes.
-- wrk -t2 -c4 -d30s --latency -H "Authorization: Basic $(echo -n agent:agent | base64)" \
--     -s app/src/test/tools/resolve.lua http://127.0.0.1:18097 -- <oaId> <firstPartnerId> <partnerCount> [pauseMs]
-- With pauseMs each connection waits that long before its next request: a steady load below saturation, whose
-- rate is about connections / (latency + pause).
-- Any answer other than 200 is counted in wrk's "Non-2xx or 3xx responses".
local oa, first, count, pause, i

function init(args)
  oa = args[1]
  first = tonumber(args[2])
  count = tonumber(args[3])
  pause = tonumber(args[4] or 0)
  i = math.random(count)
end

function request()
  i = i + 1
  local purpose = (i % 4 == 0) and "CONVERSATION" or "BUSINESS"
  local body = string.format('{"partnerId":"%d","oaId":"%s","purpose":"%s"}', first + i % count, oa, purpose)
  local headers = { ["Content-Type"] = "application/json" }
  for name, value in pairs(wrk.headers) do headers[name] = value end
  return wrk.format("POST", "/api/v1/recipients/resolve", headers, body)
end

function delay()
  return pause
end
