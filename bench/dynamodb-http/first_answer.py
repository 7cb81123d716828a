#!/usr/bin/env python3
"""Time from starting `labrepl serve` to its first answered ListTables, over several runs.

    python3 bench/dynamodb-http/first_answer.py [RUNS] [COMMAND...]

COMMAND defaults to the launcher, `./labrepl serve --in-memory --port PORT`; PORT is replaced
by a fresh port for each run. The clock starts before the process is spawned and stops when the
first HTTP 200 arrives; polling is a connect attempt every 2 ms from this process (no curl fork
per attempt), and stopping the server afterwards is not timed.
"""
import http.client
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HEADERS = {
    "Content-Type": "application/x-amz-json-1.0",
    "X-Amz-Target": "DynamoDB_20120810.ListTables",
    "Authorization": "AWS4-HMAC-SHA256 Credential=bench/20260101/us-west-2/dynamodb/aws4_request,"
                     " SignedHeaders=host, Signature=0",
    "X-Amz-Date": "20260101T000000Z",
}


def first_answer(command, port):
    started = time.perf_counter()
    server = subprocess.Popen([arg.replace("PORT", str(port)) for arg in command],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while True:
            try:
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
                connection.request("POST", "/", b"{}", HEADERS)
                response = connection.getresponse()
                response.read()
                if response.status == 200:
                    return time.perf_counter() - started
            except OSError:
                if server.poll() is not None:
                    sys.exit("the server exited with %d before answering" % server.returncode)
                time.sleep(0.002)
    finally:
        server.terminate()
        server.wait()


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    command = sys.argv[2:] or [os.path.join(ROOT, "labrepl"), "serve", "--in-memory", "--port", "PORT"]
    first_answer(command, 4700)  # uncounted: builds the jar and the start-up archive if needed
    times = [first_answer(command, 4701 + run) for run in range(runs)]
    print("first answer: median %.3f s, min %.3f, max %.3f (n=%d)"
          % (statistics.median(times), min(times), max(times), runs))


if __name__ == "__main__":
    main()
