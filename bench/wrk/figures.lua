-- wrk's summary as the figures the bench scripts collect: one "name value" pair per line
-- (requests, rps, errors, p50_ms ... p99.9_ms). Used as a script's done callback.
local M = {}

function M.report(summary, latency)
  local seconds = summary.duration / 1e6
  io.write(string.format("requests %d\n", summary.requests))
  io.write(string.format("rps %.0f\n", summary.requests / seconds))
  io.write(string.format("errors %d\n", summary.errors.status + summary.errors.connect
      + summary.errors.read + summary.errors.write + summary.errors.timeout))
  for _, p in ipairs({ 50, 90, 99, 99.9 }) do
    io.write(string.format("p%s_ms %.3f\n", tostring(p), latency:percentile(p) / 1000))
  end
end

return M
