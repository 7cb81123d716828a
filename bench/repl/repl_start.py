#!/usr/bin/env python3
"""Times the REPL the way a learner meets it, in a pseudo-terminal: from starting
`./labrepl --in-memory` to a usable prompt, then to the answer of the first
`dynamodb.listTables()` typed at that prompt, and the resident memory of the idle REPL
(local cloud included). Plain `jshell`, started the same way in the same run, is the
reference for the prompt. Rounds alternate between the two so load drifts hit both.
Given another checkout (built, e.g. main's), each round also starts its ./labrepl, so a change is
compared with what it changes under the same load.

usage: bench/repl/repl_start.py [ROUNDS] [PORT] [OTHER_CHECKOUT]   (defaults: 5 rounds, port 4633)
"""
import fcntl, os, pty, re, select, signal, statistics, struct, sys, termios, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
ANSI = re.compile(rb"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[=>]")


def spawn(argv, env):
    pid, fd = pty.fork()
    if pid == 0:
        os.environ.update(env)
        os.execvp(argv[0], argv)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    return pid, fd


def wait_for(fd, pattern, seen, timeout=60):
    deadline = time.monotonic() + timeout
    while not re.search(pattern, ANSI.sub(b"", seen[0])):
        left = deadline - time.monotonic()
        if left <= 0:
            raise SystemExit("timed out waiting for %r; screen:\n%s" % (pattern, seen[0][-2000:].decode(errors="replace")))
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            seen[0] += os.read(fd, 65536)
    return time.monotonic()


def rss_kb(pid):
    """Resident set of a process and its descendants (jshell runs its snippets in a second JVM)."""
    total = 0
    pids = [pid]
    while pids:
        p = pids.pop()
        try:
            with open("/proc/%d/status" % p) as status:
                total += next(int(l.split()[1]) for l in status if l.startswith("VmRSS:"))
            with open("/proc/%d/task/%d/children" % (p, p)) as children:
                pids += [int(c) for c in children.read().split()]
        except (FileNotFoundError, StopIteration, ProcessLookupError):
            pass
    return total


def finish(pid, fd):
    os.write(fd, b"\x04")
    try:
        while select.select([fd], [], [], 10)[0] and os.read(fd, 65536):
            pass
    except OSError:
        pass
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        pass
    os.waitpid(pid, 0)
    os.close(fd)


def labrepl_round(port, home, root=ROOT):
    start = time.monotonic()
    pid, fd = spawn([os.path.join(root, "labrepl"), "--in-memory", "--port", str(port)], {"HOME": home})
    seen = [b""]
    prompt = wait_for(fd, rb"local> $", seen)
    os.write(fd, b"dynamodb.listTables()\r")
    answer = wait_for(fd, rb"TableNames", seen)
    time.sleep(5)
    rss = rss_kb(pid)
    finish(pid, fd)
    return prompt - start, answer - prompt, rss


def jshell_round(home):
    start = time.monotonic()
    pid, fd = spawn(["jshell"], {"HOME": home})
    seen = [b""]
    prompt = wait_for(fd, rb"jshell> $", seen)
    time.sleep(5)
    rss = rss_kb(pid)
    finish(pid, fd)
    return prompt - start, rss


def describe(values, unit, scale=1.0):
    values = [v * scale for v in values]
    return "median %.2f %s (min %.2f, max %.2f, n=%d)" % (statistics.median(values), unit, min(values), max(values), len(values))


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    port = int(sys.argv[2]) if len(sys.argv) > 2 else 4633
    other = os.path.abspath(sys.argv[3]) if len(sys.argv) > 3 else None
    home = os.path.join("/tmp", "labrepl-bench-home")
    os.makedirs(home, exist_ok=True)
    print("load before:", open("/proc/loadavg").read().strip())
    roots = [ROOT] + ([other] if other else [])
    for root in roots:
        labrepl_round(port, home, root)  # builds the jar if needed and warms the OS file cache; not counted
    jshell_round(home)
    lab, jsh = {root: [] for root in roots}, []
    for _ in range(rounds):
        for root in roots:
            lab[root].append(labrepl_round(port, home, root))
        jsh.append(jshell_round(home))
    print("load after: ", open("/proc/loadavg").read().strip())
    for root in roots:
        name = "labrepl" if not other else "labrepl (%s)" % root
        print("%s --in-memory: start to prompt     " % name, describe([r[0] for r in lab[root]], "s"))
        print("%s --in-memory: prompt to 1st answer" % name, describe([r[1] for r in lab[root]], "s"))
        print("%s --in-memory: idle RSS            " % name, describe([r[2] for r in lab[root]], "MB", 1 / 1024))
    print("jshell:              start to prompt     ", describe([r[0] for r in jsh], "s"))
    print("jshell:              idle RSS (2 JVMs)   ", describe([r[1] for r in jsh], "MB", 1 / 1024))


if __name__ == "__main__":
    main()
