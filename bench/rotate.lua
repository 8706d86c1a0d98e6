-- wrk script of the benchmarks: takes request paths in turn from the file named by WRK_URLS (one per line, a
-- full URL or a path), sends "Authorization: Bearer $WRK_TOKEN" when that is set, and prints one summary line in
-- the same shape as bg.libpartners.bench.HttpLoad.
--
-- WRK_DISTINCT=1 is for questions meant to be asked once: the part WRK_RANGE of the list (fractions "from-to",
-- default "0-1"; give two runs two parts so that the second asks other questions than the first) is split between
-- the WRK_THREADS wrk threads (no two send the same path), and the summary says "repeated=N" when a thread came back
-- to the start of its slice — make the list longer, or the run shorter, until it says 0.
--
-- WRK_HEADER adds one more header ("Name: value"). WRK_BODY makes every request carry that JSON with the method
-- WRK_METHOD (default POST), "{n}" in it replaced by a number no other request of any run sends (so that each
-- registration or answer is a new one), as HttpLoad's --body does.
local paths = {}
local next_index = 0
local first, last, start = 1, 0, 0
local started = false
local repeated = 0
local threads = {}
local thread_count = 0

function setup(thread)
  thread_count = thread_count + 1
  thread:set("id", thread_count)
  threads[#threads + 1] = thread
end

function init(args)
  for line in io.lines(os.getenv("WRK_URLS")) do
    if line ~= "" then
      paths[#paths + 1] = (line:gsub("^https?://[^/]+", ""))
    end
  end
  if os.getenv("WRK_DISTINCT") == "1" then
    local id, count = wrk.thread:get("id"), tonumber(os.getenv("WRK_THREADS") or "2")
    local from, to = (os.getenv("WRK_RANGE") or "0-1"):match("([%d.]+)-([%d.]+)")
    local offset = math.floor(#paths * tonumber(from))
    local slice = math.max(1, math.floor((math.floor(#paths * tonumber(to)) - offset) / count))
    first, last = offset + (id - 1) * slice + 1, math.min(#paths, offset + id * slice)
    start = first
    next_index = start - 1
  else
    first, last, start = 1, #paths, -1
    math.randomseed(os.time() + #tostring({}))
    next_index = math.random(#paths) -- each thread starts elsewhere in the list
  end
  wrk.thread:set("repeated", 0)
  run_prefix = string.format("%d%d", os.time() % 1000000, wrk.thread:get("id") or 0)
end

local counter = 0

function request()
  next_index = next_index + 1
  if next_index > last then
    next_index = first
  end
  if next_index == start and started then
    repeated = repeated + 1
    wrk.thread:set("repeated", repeated)
  end
  started = true
  local headers = {}
  local token = os.getenv("WRK_TOKEN")
  if token and token ~= "" then
    headers["Authorization"] = "Bearer " .. token
  end
  local extra = os.getenv("WRK_HEADER")
  if extra and extra ~= "" then
    local name, value = extra:match("^([^:]+):%s*(.*)$")
    headers[name] = value
  end
  local body = os.getenv("WRK_BODY")
  if body and body ~= "" then
    counter = counter + 1
    headers["Content-Type"] = "application/json"
    local n = run_prefix .. string.format("%07d", counter)
    local method = os.getenv("WRK_METHOD")
    if not method or method == "" then method = "POST" end
    return wrk.format(method, paths[next_index], headers, (body:gsub("{n}", n)))
  end
  return wrk.format("GET", paths[next_index], headers)
end

function done(summary, latency, requests)
  local e = summary.errors
  local wrapped = 0
  for _, thread in ipairs(threads) do
    wrapped = wrapped + (thread:get("repeated") or 0)
  end
  io.write(string.format(
    "requests=%d errors=%d throughput=%.0f/s median=%.1fms p95=%.1fms p99=%.1fms max=%.1fms%s\n",
    summary.requests, e.status + e.connect + e.read + e.write + e.timeout,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000,
    os.getenv("WRK_DISTINCT") == "1" and string.format(" repeated=%d", wrapped) or ""))
end
