-- wrk script for POST /api/v1/recipients/resolve: every partner id of a range, both purposes, as the demo admin.
-- wrk -t2 -c8 -d30s --latency -s app/src/test/tools/resolve.lua http://127.0.0.1:18097 -- <oaId> <firstPartner> <count>
local oa, first, count, i = "2000000000000000002", 1, 302, 0

function init(args)
  oa = args[1] or oa
  first = tonumber(args[2] or first)
  count = tonumber(args[3] or count)
  i = math.random(count)
end

function request()
  i = i + 1
  local purpose = (i % 4 == 0) and "CONVERSATION" or "BUSINESS"
  local body = string.format('{"partnerId":"%d","oaId":"%s","purpose":"%s"}', first + i % count, oa, purpose)
  return wrk.format("POST", "/api/v1/recipients/resolve",
    { ["Content-Type"] = "application/json", ["Authorization"] = "Basic YWRtaW46YWRtaW4=" }, body)
end

function response(status)
  if status ~= 200 then
    errors = (errors or 0) + 1
    if errors < 5 then print("unexpected status " .. status) end
  end
end
