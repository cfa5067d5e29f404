-- wrk script: prints requests/s, p50 and p95 latency in ms and the non-2xx count on one line.
local bad = 0
response = function(status, headers, body)
  if status >= 300 then bad = bad + 1 end
end
done = function(summary, latency, requests)
  io.write(string.format("BENCH %s req/s=%.0f p50_ms=%.1f p95_ms=%.1f requests=%d errors=%d non2xx=%d\n",
    os.getenv("BENCH_NAME") or "?", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, bad))
end
