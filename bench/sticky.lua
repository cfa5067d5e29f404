-- wrk script: bench/latency.lua's line, with each wrk thread sending its own Cookie header, taken in
-- turn from BENCH_COOKIES (separated by |): behind the two-node balancer, one logged-in session per node.
dofile("bench/latency.lua")
local cookies = {}
for c in string.gmatch(os.getenv("BENCH_COOKIES") or "", "[^|]+") do cookies[#cookies + 1] = c end
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("cookie", cookies[(threads - 1) % #cookies + 1])
end
function init(args)
  wrk.headers["Cookie"] = cookie
end
