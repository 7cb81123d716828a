import logging
import sys
import time

logger = logging.getLogger()


def echo(event, context):
    return {"event": event, "requestId": context.aws_request_id, "memory": context.memory_limit_in_mb,
            "remaining": context.get_remaining_time_in_millis() > 0}


def fail(event, context):
    raise ValueError("bad thing")


def sleep(event, context):
    print("going to sleep")
    time.sleep(60)


def leave(event, context):
    sys.exit(4)


def talk(event, context):
    print("hello from python")
    logger.warning("a warning")
    return "said"
