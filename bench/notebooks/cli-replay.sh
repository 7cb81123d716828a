#!/usr/bin/env bash
# The steps of Lab 1 (Tasks 1 and 2) as AWS CLI commands, the way the lab has a learner type
# them, against ENDPOINT. The reference that `labrepl verify notebooks/` is timed against.
#   bench/notebooks/cli-replay.sh http://127.0.0.1:5000
set -euo pipefail
endpoint="${1:?usage: cli-replay.sh ENDPOINT}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
cp "$root/index.html" .
export AWS_ACCESS_KEY_ID=bench AWS_SECRET_ACCESS_KEY=bench AWS_DEFAULT_REGION=us-west-2 AWS_REGION=us-west-2 AWS_PAGER=
aws() { command aws --endpoint-url "$endpoint" "$@"; }

# Task 1
account=$(aws sts get-caller-identity --query Account --output text)
bucket="customerswebsite-us-west-2-$account"
aws s3api create-bucket --bucket "$bucket" --create-bucket-configuration LocationConstraint=us-west-2 >/dev/null
aws s3api get-public-access-block --bucket "$bucket" >/dev/null 2>&1 || true
aws s3api put-bucket-website --bucket "$bucket" --website-configuration '{"IndexDocument": {"Suffix": "index.html"}}'
bucket_name=$(aws s3 ls | grep website | awk '{print $3}' | xargs)
aws s3 cp index.html "s3://$bucket_name"
aws s3api head-object --bucket "$bucket" --key index.html --query ContentType --output text
current_region=$(aws s3api get-bucket-location --bucket "$bucket_name" --output text)
echo "http://${bucket_name}.s3-website-${current_region}.amazonaws.com"
policy='{"Version": "2012-10-17", "Statement": [{"Sid": "PublicReadGetObject", "Effect": "Allow",
  "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::'"$bucket"'/*"}]}'
aws s3api delete-public-access-block --bucket "$bucket"
aws s3api put-bucket-policy --bucket "$bucket" --policy "$policy"

# Task 2
aws dynamodb create-table --table-name LabCustomers \
  --attribute-definitions AttributeName=ID,AttributeType=S --key-schema AttributeName=ID,KeyType=HASH \
  --provisioned-throughput ReadCapacityUnits=5,WriteCapacityUnits=5 >/dev/null
aws dynamodb wait table-exists --table-name LabCustomers
aws dynamodb put-item --table-name LabCustomers \
  --item '{"ID": {"S": "ABC123"}, "firstname": {"S": "Manu"}, "lastname": {"S": "Kwesi"}}'
aws dynamodb scan --table-name LabCustomers >/dev/null
customersTable=$(aws dynamodb list-tables --query 'TableNames[0]' --output text)
aws dynamodb describe-table --table-name "$customersTable" >/dev/null
printf '{"ID": {"S": "ABD124"}, "firstname": {"S": "Martha"}, "lastname": {"S": "Rivera"}}' > add-one-customer.json
aws dynamodb put-item --table-name "$customersTable" --item file://add-one-customer.json
aws dynamodb scan --table-name LabCustomers >/dev/null
aws dynamodb scan --table-name LabCustomers --query 'Items[].[ID.S, firstname.S, lastname.S]' --output text
aws dynamodb scan --table-name LabCustomers --query 'Items[0].[ID.S, firstname.S, lastname.S]' --output text
aws dynamodb scan --table-name LabCustomers --query "Items[?firstname.S=='Martha'].[ID.S, firstname.S, lastname.S]" \
  --output text
