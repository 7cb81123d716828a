import boto3

client = boto3.client("dynamodb")


def lambda_handler(event, context):
    print(event)
    params = event["queryStringParameters"]
    client.scan(TableName="LabCustomers")
    client.put_item(TableName="LabCustomers", Item={
        "ID": {"S": params["id"]},
        "firstname": {"S": params["firstname"]},
        "lastname": {"S": params["lastname"]},
    })
    return {"result": "Saved"}
