-- Shared by the two phases: reports any answer but a 200 on stderr, and prints the figures
-- run.sh collects (bench/wrk/figures.lua).
package.path = os.getenv("BENCH_DIR") .. "/../wrk/?.lua;" .. package.path
local figures = require("figures")
local M = {}

-- Sets wrk's response and done callbacks for the phase named `name`.
function M.measure(name)
  response = function(status, headers, body)
    if status ~= 200 then
      io.stderr:write(name .. ": status " .. status .. ": " .. body .. "\n")
    end
  end
  done = figures.report
end

return M
