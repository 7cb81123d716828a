-- wrk -s put-item.lua: PutItem of a lab-shaped customer with a random key out of BENCH_KEYS.
package.path = package.path .. ";" .. (os.getenv("BENCH_DIR") or ".") .. "/?.lua"
local common = require("common")
local headers = common.headers("PutItem")

request = function()
  local body = string.format(
      '{"TableName":"%s","Item":{"ID":{"S":"%s"},"firstname":{"S":"Martha"},"lastname":{"S":"Rivera"},'
      .. '"visits":{"N":"%d"}}}', common.table, common.key(), math.random(1, 1000000))
  return wrk.format("POST", "/", headers, body)
end

done = common.report
