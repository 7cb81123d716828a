-- GET /ListCustomers on the HTTP API, as the lab's page calls it: the invoke URL's host name is
-- sent as the Host header (wrk connects to 127.0.0.1), with an Origin so CORS is applied too.
package.path = os.getenv("BENCH_DIR") .. "/?.lua;" .. package.path
local phase = require("phase")

wrk.method = "GET"
wrk.path = "/ListCustomers"
wrk.headers["Host"] = os.getenv("API_HOST")
wrk.headers["Origin"] = "http://customerswebsite.s3-website-us-west-2.localhost:4566"

phase.measure("through the API")
