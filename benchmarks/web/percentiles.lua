-- wrk reports p50/p75/p90/p99; the targets are stated at p95, so print it too.
done = function(summary, latency, requests)
  io.write(string.format("requests %d in %.1f s: %.1f req/s, errors %d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  for _, p in ipairs({ 50, 95, 99 }) do
    io.write(string.format("p%d %.1f ms\n", p, latency:percentile(p) / 1000))
  end
end
