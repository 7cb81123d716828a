"""The Python runtime of the local cloud's Lambda: what AWS's awslambdaric does, in the standard library.

It imports the handler named by _HANDLER from the task folder, then loops on the Lambda Runtime API
at AWS_LAMBDA_RUNTIME_API: take the next event, call handler(event, context), post the JSON result
or AWS's error document. Errors, log lines and the context object follow awslambdaric's, so the
lab's lambda_function.lambda_handler runs unchanged. After each event it writes an end mark to
standard output, which tells the platform that the event's log is complete; the platform drops it.
"""
import decimal
import http.client
import importlib
import json
import logging
import os
import sys
import time
import traceback

END_MARK = "\u0000labrepl-invocation-end "
BOOTSTRAP_FILE = os.path.abspath(__file__)


class FaultException(Exception):
    def __init__(self, error_type, message, trace=None):
        super().__init__(message)
        self.error_type = error_type
        self.message = message
        self.trace = trace or []


class RuntimeApi:
    def __init__(self, address):
        host, port = address.rsplit(":", 1)
        self.connection = http.client.HTTPConnection(host, int(port))

    def next(self):
        self.connection.request("GET", "/2018-06-01/runtime/invocation/next")
        response = self.connection.getresponse()
        body = response.read()
        if response.status != 200:
            raise RuntimeError("The Runtime API answered %d to next" % response.status)
        return response.headers, body

    def post(self, path, body, headers=None):
        all_headers = {"Content-Type": "application/json"}
        all_headers.update(headers or {})
        self.connection.request("POST", "/2018-06-01/runtime" + path, body, all_headers)
        response = self.connection.getresponse()
        response.read()
        return response.status


class ClientContext:
    def __init__(self, custom=None, env=None, client=None):
        self.custom = custom
        self.env = env
        self.client = client


class CognitoIdentity:
    def __init__(self, cognito_identity_id=None, cognito_identity_pool_id=None):
        self.cognito_identity_id = cognito_identity_id
        self.cognito_identity_pool_id = cognito_identity_pool_id


class LambdaContext:
    def __init__(self, request_id, deadline_ms, function_arn, client_context, cognito_identity):
        self.aws_request_id = request_id
        self.log_group_name = os.environ.get("AWS_LAMBDA_LOG_GROUP_NAME")
        self.log_stream_name = os.environ.get("AWS_LAMBDA_LOG_STREAM_NAME")
        self.function_name = os.environ.get("AWS_LAMBDA_FUNCTION_NAME")
        self.memory_limit_in_mb = os.environ.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE")
        self.function_version = os.environ.get("AWS_LAMBDA_FUNCTION_VERSION")
        self.invoked_function_arn = function_arn
        self.tenant_id = None
        self.client_context = ClientContext(**json.loads(client_context)) if client_context else None
        identity = json.loads(cognito_identity) if cognito_identity else {}
        self.identity = CognitoIdentity(identity.get("cognitoIdentityId"), identity.get("cognitoIdentityPoolId"))
        self._deadline_ms = deadline_ms

    def get_remaining_time_in_millis(self):
        return max(0, self._deadline_ms - int(time.time() * 1000))

    def log(self, message):
        sys.stdout.write(str(message))


class RequestIdFilter(logging.Filter):
    request_id = ""

    def filter(self, record):
        record.aws_request_id = RequestIdFilter.request_id
        return True


def install_logging():
    handler = logging.StreamHandler(sys.stdout)
    formatter = logging.Formatter(
        "[%(levelname)s]\t%(asctime)s.%(msecs)03dZ\t%(aws_request_id)s\t%(message)s\n", "%Y-%m-%dT%H:%M:%S")
    formatter.converter = time.gmtime
    handler.setFormatter(formatter)
    handler.addFilter(RequestIdFilter())
    handler.terminator = ""
    logging.getLogger().addHandler(handler)
    level = os.environ.get("AWS_LAMBDA_LOG_LEVEL")
    if level:
        logging.getLogger().setLevel(level.upper())


def load_handler(handler):
    try:
        module_name, function_name = handler.rsplit(".", 1)
    except ValueError as e:
        raise FaultException("Runtime.MalformedHandlerName", "Bad handler '%s': %s" % (handler, e))
    module_name = module_name.replace("/", ".")
    if module_name in sys.builtin_module_names:
        raise FaultException("Runtime.BuiltInModuleConflict",
                             "Cannot use built-in module %s as a handler module" % module_name)
    try:
        module = importlib.import_module(module_name)
    except ImportError as e:
        raise FaultException("Runtime.ImportModuleError", "Unable to import module '%s': %s" % (module_name, e))
    except SyntaxError as e:
        trace = ['  File "%s" Line %s\n    %s' % (e.filename, e.lineno, (e.text or "").strip())]
        raise FaultException("Runtime.UserCodeSyntaxError", "Syntax error in module '%s': %s" % (module_name, e),
                             trace)
    except Exception as e:
        raise FaultException("Runtime.ImportModuleError", "Unable to import module '%s': %s" % (module_name, e),
                             user_frames(e.__traceback__))
    function = getattr(module, function_name, None)
    if function is None:
        raise FaultException("Runtime.HandlerNotFound",
                             "Handler '%s' missing on module '%s'" % (function_name, module_name))
    return function


def user_frames(trace):
    frames = [f for f in traceback.extract_tb(trace) if os.path.abspath(f.filename) != BOOTSTRAP_FILE]
    return traceback.format_list(frames)


def error_document(error_type, message, request_id, stack):
    return {"errorMessage": message, "errorType": error_type, "requestId": request_id, "stackTrace": stack}


def log_error(document):
    lines = ["[ERROR] %s: %s" % (document["errorType"], document["errorMessage"])]
    if document["stackTrace"]:
        lines.append("Traceback (most recent call last):")
        lines.extend(line.rstrip("\n").replace("\n", "\r") for line in document["stackTrace"])
    sys.stdout.write("\r".join(lines) + "\n")


def to_json(value):
    def number(o):
        if isinstance(o, decimal.Decimal):
            return int(o) if o == o.to_integral_value() else float(o)
        raise TypeError("Object of type %s is not JSON serializable" % type(o).__name__)
    return json.dumps(value, default=number, ensure_ascii=sys.version_info < (3, 12)).encode("utf-8")


def end_of(request_id):
    sys.stdout.flush()
    sys.stderr.flush()
    os.write(1, (END_MARK + request_id + "\n").encode("utf-8"))


def endpoint_for_older_sdks():
    """boto3 1.28 and later send every client to AWS_ENDPOINT_URL by themselves; Debian 12's boto3 (1.26)
    does not, so its clients are given the endpoint here, as the newer versions would use it."""
    endpoint = os.environ.get("AWS_ENDPOINT_URL")
    if not endpoint:
        return
    try:
        import importlib.metadata
        version = tuple(int(part) for part in importlib.metadata.version("botocore").split(".")[:2])
    except (ImportError, ValueError):
        return
    if version >= (1, 31):
        return
    import botocore.session
    create_client = botocore.session.Session.create_client

    def create_client_with_endpoint(self, *args, **kwargs):
        if len(args) < 6 and kwargs.get("endpoint_url") is None:
            kwargs["endpoint_url"] = endpoint
        return create_client(self, *args, **kwargs)

    botocore.session.Session.create_client = create_client_with_endpoint


def main():
    task_root = os.environ.get("LAMBDA_TASK_ROOT", os.getcwd())
    sys.path = [task_root] + [p for p in sys.path if os.path.abspath(p or ".") != os.path.dirname(BOOTSTRAP_FILE)]
    api = RuntimeApi(os.environ["AWS_LAMBDA_RUNTIME_API"])
    install_logging()
    endpoint_for_older_sdks()
    try:
        handler = load_handler(os.environ["_HANDLER"])
    except FaultException as e:
        document = error_document(e.error_type, e.message, "", e.trace)
        log_error(document)
        sys.stdout.flush()
        api.post("/init/error", to_json(document), {"Lambda-Runtime-Function-Error-Type": e.error_type})
        sys.exit(1)
    while True:
        headers, body = api.next()
        request_id = headers.get("Lambda-Runtime-Aws-Request-Id")
        RequestIdFilter.request_id = request_id
        os.environ["_X_AMZN_TRACE_ID"] = headers.get("Lambda-Runtime-Trace-Id", "")
        context = LambdaContext(request_id, int(headers.get("Lambda-Runtime-Deadline-Ms", "0")),
                                headers.get("Lambda-Runtime-Invoked-Function-Arn"),
                                headers.get("Lambda-Runtime-Client-Context"),
                                headers.get("Lambda-Runtime-Cognito-Identity"))
        try:
            try:
                event = json.loads(body) if body else {}
            except ValueError as e:
                raise FaultException("Runtime.UnmarshalError", "Unable to parse input: %s" % e)
            result = handler(event, context)
            try:
                answer = to_json(result)
            except (TypeError, ValueError) as e:
                raise FaultException("Runtime.MarshalError", "Unable to marshal response: %s" % e)
        except FaultException as e:
            document = error_document(e.error_type, e.message, request_id, e.trace)
            log_error(document)
            end_of(request_id)
            api.post("/invocation/%s/error" % request_id, to_json(document),
                     {"Lambda-Runtime-Function-Error-Type": e.error_type})
            continue
        except Exception as e:
            document = error_document(type(e).__name__, str(e), request_id, user_frames(e.__traceback__))
            log_error(document)
            end_of(request_id)
            api.post("/invocation/%s/error" % request_id, to_json(document))
            continue
        end_of(request_id)
        api.post("/invocation/%s/response" % request_id, answer)


if __name__ == "__main__":
    main()
