-- wrk script of `make bench`: the registration burst. Every request is a new registration of one
-- of the burst users (BENCH_TOKENS: a file with one access token per line) for one of the burst
-- events (BENCH_EVENTS: comma-separated ids), user by user and event by event, spread over the
-- threads; once every pair has registered, repeats answer 200 with the existing registration.
local tokens, events = {}, {}
local threads, tid, sent = 0, 0, 0
local thread_count = 0

function setup(thread)
  thread:set("tid", thread_count)
  thread_count = thread_count + 1
end

function init(args)
  for line in io.lines(os.getenv("BENCH_TOKENS")) do
    if #line > 0 then tokens[#tokens + 1] = line end
  end
  for id in string.gmatch(os.getenv("BENCH_EVENTS"), "[^,]+") do
    events[#events + 1] = id
  end
  threads = tonumber(os.getenv("BENCH_THREADS"))
end

function request()
  local k = tid + sent * threads
  sent = sent + 1
  local user = k % #tokens + 1
  local event = math.floor(k / #tokens) % #events + 1
  return wrk.format("POST", "/api/v1/events/" .. events[event] .. "/registrations",
    { ["Authorization"] = "Bearer " .. tokens[user], ["Content-Type"] = "application/json" }, "{}")
end

function done(summary, latency, requests)
  io.write(string.format(
    'BENCH_JSON {"requests":%d,"duration_us":%d,"errors":%d,"timeouts":%d,' ..
    '"p50_us":%d,"p90_us":%d,"p99_us":%d,"max_us":%d,"mean_us":%.1f}\n',
    summary.requests, summary.duration,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status,
    summary.errors.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean))
end
