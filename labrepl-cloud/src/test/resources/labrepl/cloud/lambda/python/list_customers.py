import boto3

client = boto3.client("dynamodb")


def lambda_handler(event, context):
    response = client.scan(TableName="LabCustomers")
    rows = [[item["ID"]["S"], item["firstname"]["S"], item["lastname"]["S"]] for item in response["Items"]]
    return {"result": rows}
