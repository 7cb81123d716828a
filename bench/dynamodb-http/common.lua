-- Shared by put-item.lua and get-item.lua: DynamoDB JSON-protocol requests for wrk.
-- Any Authorization header will do for local endpoints (the local cloud and moto accept
-- every signature); it must be present, as it is on every real SDK request.
local M = {}

M.table = os.getenv("BENCH_TABLE") or "BenchCustomers"
M.keys = tonumber(os.getenv("BENCH_KEYS") or "10000")

function M.headers(operation)
  return {
    ["Content-Type"] = "application/x-amz-json-1.0",
    ["X-Amz-Target"] = "DynamoDB_20120810." .. operation,
    ["Authorization"] = "AWS4-HMAC-SHA256 Credential=bench/20260101/us-west-2/dynamodb/aws4_request, "
        .. "SignedHeaders=content-type;host;x-amz-target, Signature=0",
    ["X-Amz-Date"] = "20260101T000000Z",
  }
end

function M.key()
  return string.format("customer-%06d", math.random(0, M.keys - 1))
end

-- Prints the figures compare.sh collects.
package.path = package.path .. ";" .. (os.getenv("BENCH_DIR") or ".") .. "/../wrk/?.lua"
M.report = require("figures").report

return M
