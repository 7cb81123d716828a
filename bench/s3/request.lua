-- wrk script: PUT or GET of one of 100 keys in turn, with a SigV4-shaped Authorization
-- header (neither server under test checks signatures). Set METHOD (PUT or GET), BUCKET and,
-- for PUT, BODY_BYTES and BODY_CRC32 (base64 CRC32 of the body, which current SDKs and the
-- AWS CLI send with every upload) in the environment.
local method = os.getenv("METHOD") or "GET"
local bucket = os.getenv("BUCKET") or "bench"
local counter = 0

wrk.method = method
wrk.headers["Authorization"] = "AWS4-HMAC-SHA256 Credential=bench/20250101/us-west-2/s3/aws4_request,"
  .. " SignedHeaders=host;x-amz-content-sha256;x-amz-date,"
  .. " Signature=0000000000000000000000000000000000000000000000000000000000000000"
wrk.headers["x-amz-content-sha256"] = "UNSIGNED-PAYLOAD"
wrk.headers["x-amz-date"] = "20250101T000000Z"
if method == "PUT" then
  wrk.headers["Content-Type"] = "application/octet-stream"
  wrk.headers["x-amz-sdk-checksum-algorithm"] = "CRC32"
  wrk.headers["x-amz-checksum-crc32"] = os.getenv("BODY_CRC32")
  wrk.body = string.rep("x", tonumber(os.getenv("BODY_BYTES")))
end

request = function()
  counter = counter + 1
  return wrk.format(nil, "/" .. bucket .. "/object-" .. (counter % 100))
end

done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read
    + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT requests=%d seconds=%.3f errors=%d p50_ms=%.2f p99_ms=%.2f\n",
    summary.requests, summary.duration / 1e6, errors, latency:percentile(50) / 1000,
    latency:percentile(99) / 1000))
end
