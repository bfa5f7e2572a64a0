-- wrk script for the ceiling: a plain GET on the cheapest endpoint, printed like chat.lua's result line.
function done(summary, latency, requests)
   local seconds = summary.duration / 1e6
   io.write(string.format("RESULT requests=%d seconds=%.2f rps=%.1f p50=%.2f p99=%.2f p999=%.2f max=%.2f non200=%d unstored=0 socket_errors=%d\n",
      summary.requests, seconds, summary.requests / seconds,
      latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency:percentile(99.9) / 1000,
      latency.max / 1000, summary.errors.status,
      summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
