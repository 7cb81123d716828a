// Lab 1, Task 1: the web page, hosted on S3, replayed step by step.
//   ./labrepl run --step lab-scripts/lab1-task1-s3-website.jsh
// The notebook notebooks/lab1-task1-s3-website.md explains each step.

// 1.1 A bucket named for the region and the account, in that region.
var bucketName = "customerswebsite-" + region() + "-" + accountId();

s3.createBucket(b -> {
    b.bucket(bucketName);
    if (!region().equals("us-east-1")) {
        b.createBucketConfiguration(c -> c.locationConstraint(region()));
    }
});

// New buckets block public access.
pretty(s3.getPublicAccessBlock(b -> b.bucket(bucketName)));

// 1.2 Website hosting, and the page (index.html from the repository's root).
s3.putBucketWebsite(b -> b.bucket(bucketName)
        .websiteConfiguration(w -> w.indexDocument(i -> i.suffix("index.html"))));

s3.putObject(b -> b.bucket(bucketName).key("index.html").contentType("text/html"),
        RequestBody.fromFile(file("../index.html")));

s3.getBucketLocation(b -> b.bucket(bucketName)).locationConstraintAsString();

var url = websiteUrl(bucketName);

// 1.3 Not public yet: an anonymous visitor gets 403.
fetch(url);

// 1.4 Clear Block Public Access, grant everyone s3:GetObject, and open the page.
s3.deletePublicAccessBlock(b -> b.bucket(bucketName));

s3.putBucketPolicy(b -> b.bucket(bucketName).policy("""
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Sid": "PublicReadGetObject",
                    "Effect": "Allow",
                    "Principal": "*",
                    "Action": "s3:GetObject",
                    "Resource": "arn:aws:s3:::%s/*"
                }
            ]
        }
        """.formatted(bucketName)));

fetch(url);
