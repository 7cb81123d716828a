-- The same function invoked directly with Lambda's Invoke, as the SDK calls it (any signature
-- is accepted locally; the Authorization header names the lambda service, as AWS routes on it).
package.path = os.getenv("BENCH_DIR") .. "/?.lua;" .. package.path
local phase = require("phase")

wrk.method = "POST"
wrk.path = "/2015-03-31/functions/ListCustomers/invocations"
-- The event API Gateway sends for the same call (event.json), so that only the gateway differs.
local file = io.open(os.getenv("BENCH_DIR") .. "/event.json")
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "AWS4-HMAC-SHA256 Credential=bench/20260101/us-west-2/lambda/aws4_request, "
    .. "SignedHeaders=host, Signature=0"

phase.measure("direct invoke")
