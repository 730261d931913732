-- wrk script for bench/http.sh: cycles through the paths in $NERACA_PATHS (space-separated), sends
-- "Authorization: Bearer $NERACA_TOKEN" when set, and prints one machine-readable RESULT line at the end.
local paths = {}
for p in string.gmatch(os.getenv("NERACA_PATHS") or "/", "%S+") do paths[#paths + 1] = p end
local token = os.getenv("NERACA_TOKEN") or ""
local i = 0

request = function()
  i = i + 1
  local headers = {}
  if token ~= "" then headers["Authorization"] = "Bearer " .. token end
  return wrk.format("GET", paths[(i % #paths) + 1], headers)
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %.3f %.2f %.2f %d %d\n", summary.requests, summary.duration / 1e6,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, e.status, e.connect + e.read + e.write + e.timeout))
end
