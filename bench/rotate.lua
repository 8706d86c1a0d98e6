-- wrk script of the benchmarks: takes request paths in turn from the file named by WRK_URLS (one per line, a
-- full URL or a path), sends "Authorization: Bearer $WRK_TOKEN" when that is set, and prints one summary line in
-- the same shape as bg.libpartners.bench.HttpLoad.
local paths = {}
local next_index = 0

function init(args)
  for line in io.lines(os.getenv("WRK_URLS")) do
    if line ~= "" then
      paths[#paths + 1] = (line:gsub("^https?://[^/]+", ""))
    end
  end
  math.randomseed(os.time() + #tostring({}))
  next_index = math.random(#paths) -- each thread starts elsewhere in the list
end

function request()
  next_index = next_index % #paths + 1
  local headers = {}
  local token = os.getenv("WRK_TOKEN")
  if token and token ~= "" then
    headers["Authorization"] = "Bearer " .. token
  end
  return wrk.format("GET", paths[next_index], headers)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "requests=%d errors=%d throughput=%.0f/s median=%.1fms p95=%.1fms p99=%.1fms max=%.1fms\n",
    summary.requests, e.status + e.connect + e.read + e.write + e.timeout,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
