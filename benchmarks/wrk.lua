-- wrk script for the SPARQL benchmarks: cycle through the request paths of one query kind and
-- print a JSON summary line.
--
--   wrk -t2 -c8 -d5s -s benchmarks/wrk.lua http://127.0.0.1:5000 -- paths.txt application/sparql-results+json
--
-- paths.txt holds one request path a line ("/sparql?query=..."), already URL-encoded. Each thread
-- starts at a different line, so connections do not ask the same thing in lockstep.

local paths = {}
local accept = "application/sparql-results+json"
local counter = 0
local thread_index = 0

function setup(thread)
  thread:set("thread_index", thread_index)
  thread_index = thread_index + 1
end

function init(args)
  local file = assert(io.open(args[1], "r"))
  for line in file:lines() do
    if #line > 0 then
      paths[#paths + 1] = line
    end
  end
  file:close()
  if args[2] then
    accept = args[2]
  end
  counter = (thread_index or 0) * 7
end

function request()
  counter = counter + 1
  local path = paths[(counter % #paths) + 1]
  return wrk.format("GET", path, { ["Accept"] = accept })
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'JSON {"requests": %d, "duration_us": %d, "bytes": %d, "errors": {"connect": %d, "read": %d, ' ..
    '"write": %d, "status": %d, "timeout": %d}, "latency_us": {"mean": %.1f, "p50": %d, "p90": %d, ' ..
    '"p99": %d, "max": %d}}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency.mean, latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end
