-- wrk -s get-item.lua: GetItem of a random key out of BENCH_KEYS (written first by the put run).
package.path = package.path .. ";" .. (os.getenv("BENCH_DIR") or ".") .. "/?.lua"
local common = require("common")
local headers = common.headers("GetItem")

request = function()
  local body = string.format('{"TableName":"%s","Key":{"ID":{"S":"%s"}}}', common.table, common.key())
  return wrk.format("POST", "/", headers, body)
end

done = common.report
