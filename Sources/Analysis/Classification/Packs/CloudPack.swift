/// AWS, Google Cloud, Azure and smaller cloud CLIs deleting resources.
enum CloudPack {
    /// The programs and action kinds the pack's rules apply to, so the pack is read only when an action needs it
    /// (checked against the JSON by `ClassificationPackTests`).
    static let scope = PackScope(
        programs: [
            "aws", "az", "bq", "doctl", "exo", "gcloud", "gsutil", "hcloud", "ibmcloud", "linode-cli", "oci", "scw",
            "upcloud", "vultr-cli", "wrangler",
        ],
        kinds: [])

    /// The pack, read from `json` the first time it is needed, and its index.
    static let pack = BuiltInPack.read(json, name: "cloud")
    static let index = PackIndex(pack: pack)

    static let json = #"""
        {
          "pack": "cloud",
          "description": "AWS, Google Cloud, Azure, DigitalOcean, Hetzner, Linode, OCI and Cloudflare CLI commands that delete or terminate resources. Dry runs are safe.",
          "programs": {
            "aws": {"clustersShortOptions": false,
                    "optionsWithValue": ["--profile", "--region", "--output", "--endpoint-url", "--query", "--cli-input-json", "--cli-input-yaml",
                                         "--color", "--ca-bundle", "--cli-read-timeout", "--cli-connect-timeout", "--bucket", "--key",
                                         "--db-instance-identifier", "--db-cluster-identifier", "--table-name", "--function-name",
                                         "--stack-name", "--instance-ids", "--secret-id", "--name", "--cluster", "--service",
                                         "--final-db-snapshot-identifier", "--include", "--exclude", "--recovery-window-in-days"]},
            "gcloud": {"clustersShortOptions": false,
                       "optionsWithValue": ["--project", "--account", "--configuration", "--format", "--zone", "--region", "--verbosity",
                                            "--impersonate-service-account", "--billing-project", "--filter", "--limit", "--location", "--instance"]},
            "gsutil": {"optionsWithValue": ["-o", "-h", "-u"]},
            "az": {"clustersShortOptions": false,
                   "optionsWithValue": ["-g", "--resource-group", "-n", "--name", "--subscription", "-o", "--output", "--query",
                                        "--account-name", "--vault-name", "-s", "--source", "--mode", "--location", "-l"]},
            "doctl": {"optionsWithValue": ["-t", "--access-token", "--context", "-o", "--output", "--format"]},
            "hcloud": {"optionsWithValue": ["--context", "-o", "--output"]},
            "linode-cli": {"clustersShortOptions": false},
            "oci": {"clustersShortOptions": false, "optionsWithValue": ["--profile", "--region", "--config-file", "--compartment-id"]},
            "wrangler": {"optionsWithValue": ["-c", "--config", "-e", "--env", "--name"]}
          },
          "rules": [
            {
              "id": "cloud.aws.s3.delete-recursive",
              "category": "cloud",
              "flags": ["destructive", "irreversible"],
              "message": "deletes every object under the S3 prefix",
              "alternative": "aws s3 rm --recursive --dryrun to list what would go; ask a human",
              "match": {"action": "shell.exec", "program": "aws", "subcommand": "s3 rm", "flags": ["--recursive"]},
              "unless": [{"flags": ["--dryrun", "--dry-run"]}]
            },
            {
              "id": "cloud.aws.s3.delete-object",
              "category": "cloud",
              "flags": ["destructive"],
              "message": "deletes an S3 object (gone for good unless the bucket keeps versions)",
              "alternative": "aws s3 rm --dryrun first, or copy the object aside",
              "match": {"action": "shell.exec", "program": "aws", "subcommand": "s3 rm"},
              "unless": [{"flags": ["--dryrun", "--dry-run", "--recursive"]}]
            },
            {
              "id": "cloud.aws.s3.remove-bucket",
              "category": "cloud",
              "flags": ["destructive", "irreversible"],
              "message": "deletes an S3 bucket (with --force, every object in it first)",
              "alternative": "ask a human to delete buckets",
              "match": [
                {"action": "shell.exec", "program": "aws", "subcommand": "s3 rb"},
                {"action": "shell.exec", "program": "aws", "subcommand": ["s3api delete-bucket", "s3api delete-objects", "s3api delete-object",
                                                                           "s3api delete-bucket-policy", "s3api delete-bucket-lifecycle", "s3api delete-bucket-replication",
                                                                           "s3api delete-object-tagging", "s3api delete-bucket-encryption"]}
              ]
            },
            {
              "id": "cloud.aws.s3.sync-delete",
              "category": "cloud",
              "flags": ["destructive", "irreversible"],
              "message": "aws s3 sync --delete deletes destination files that are not in the source",
              "alternative": "sync without --delete, or run with --dryrun first",
              "match": {"action": "shell.exec", "program": "aws", "subcommand": "s3 sync", "flags": ["--delete"]},
              "unless": [{"flags": ["--dryrun", "--dry-run"]}]
            },
            {
              "id": "cloud.aws.ec2.terminate",
              "category": "cloud",
              "flags": ["destructive", "irreversible"],
              "message": "terminates EC2 instances or deletes volumes, snapshots or images",
              "alternative": "stop the instance instead (aws ec2 stop-instances), or snapshot before deleting",
              "match": {"action": "shell.exec", "program": "aws", "subcommand": ["ec2 terminate-instances", "ec2 delete-volume", "ec2 delete-snapshot",
                                                                                  "ec2 deregister-image", "ec2 delete-vpc", "ec2 delete-subnet",
                                                                                  "ec2 delete-security-group", "ec2 delete-key-pair", "ec2 delete-nat-gateway",
                                                                                  "ec2 release-address", "ec2 delete-internet-gateway", "ec2 delete-route-table",
                                                                                  "autoscaling delete-auto-scaling-group"]},
              "unless": [{"flags": ["--dry-run"]}]
            },
            {
              "id": "cloud.aws.rds.delete",
              "category": "cloud",
              "flags": ["destructive", "irreversible"],
              "message": "deletes an RDS database, cluster or snapshot",
              "alternative": "take a final snapshot (--final-db-snapshot-identifier) and ask a human",
              "match": {"action": "shell.exec", "program": "aws", "subcommand": ["rds delete-db-instance", "rds delete-db-cluster", "rds delete-db-snapshot",
                                                                                  "rds delete-db-cluster-snapshot", "rds delete-global-cluster",
                                                                                  "docdb delete-db-cluster", "docdb delete-db-instance", "neptune delete-db-cluster",
                                                                                  "redshift delete-cluster", "redshift-serverless delete-namespace"]}
            },
            {
              "id": "cloud.aws.data-store.delete",
              "category": "cloud",
              "flags": ["destructive", "irreversible"],
              "message": "deletes a managed data store (DynamoDB table, file system, cache, stream, queue or log group) with its data",
              "alternative": "back it up first (dynamodb create-backup, snapshots) and ask a human",
              "match": {"action": "shell.exec", "program": "aws", "subcommand": ["dynamodb delete-table", "dynamodb delete-backup", "efs delete-file-system",
                                                                                  "elasticache delete-cache-cluster", "elasticache delete-replication-group",
                                                                                  "elasticache delete-serverless-cache", "kinesis delete-stream", "sqs delete-queue",
                                                                                  "sqs purge-queue", "sns delete-topic", "logs delete-log-group", "opensearch delete-domain",
                                                                                  "es delete-elasticsearch-domain", "timestream-write delete-database", "memorydb delete-cluster",
                                                                                  "fsx delete-file-system", "glacier delete-vault", "glacier delete-archive"]}
            },
            {
              "id": "cloud.aws.backup.delete",
              "category": "cloud",
              "flags": ["destructive", "irreversible"],
              "message": "deletes backups or backup vaults: the copies meant to survive a mistake",
              "alternative": "never delete backups from an agent; ask a human",
              "match": {"action": "shell.exec", "program": "aws", "subcommand": ["backup delete-backup-vault", "backup delete-recovery-point", "backup delete-backup-plan",
                                                                                  "backup delete-backup-selection", "backup delete-backup-vault-lock-configuration"]}
            },
            {
              "id": "cloud.aws.kms.delete-key",
              "category": "cloud",
              "flags": ["destructive", "irreversible"],
              "message": "schedules a KMS key for deletion: everything encrypted with it becomes unreadable",
              "alternative": "disable the key instead (aws kms disable-key) and ask a human",
              "match": {"action": "shell.exec", "program": "aws", "subcommand": ["kms schedule-key-deletion", "kms delete-imported-key-material"]}
            },
            {
              "id": "cloud.aws.stack.delete",
              "category": "cloud",
              "flags": ["destructive", "irreversible"],
              "message": "deletes a CloudFormation stack or cluster and the resources it manages",
              "alternative": "ask a human to delete stacks and clusters",
              "match": {"action": "shell.exec", "program": "aws", "subcommand": ["cloudformation delete-stack", "cloudformation delete-stack-set",
                                                                                  "eks delete-cluster", "eks delete-nodegroup", "eks delete-fargate-profile",
                                                                                  "ecs delete-cluster", "ecs delete-service", "ecr delete-repository",
                                                                                  "lambda delete-function", "apigateway delete-rest-api", "apigatewayv2 delete-api",
                                                                                  "route53 delete-hosted-zone", "cloudfront delete-distribution",
                                                                                  "organizations close-account", "organizations remove-account-from-organization"]}
            },
            {
              "id": "cloud.aws.iam.delete",
              "category": "cloud",
              "flags": ["destructive"],
              "message": "deletes IAM users, roles, policies or keys: whatever depends on them stops working",
              "alternative": "deactivate keys (update-access-key --status Inactive) and ask a human",
              "match": {"action": "shell.exec", "program": "aws", "subcommand": "iam", "operand": {"position": 0, "glob": ["delete-*", "remove-*", "detach-*"]}}
            },
            {
              "id": "cloud.aws.delete",
              "category": "cloud",
              "flags": ["destructive"],
              "message": "an AWS CLI call that deletes, terminates or purges resources",
              "alternative": "run it with --dry-run where supported, and ask a human for production resources",
              "match": {"action": "shell.exec", "program": "aws", "operand": {"position": 1, "glob": ["delete-*", "terminate-*", "purge-*", "remove-*", "deregister-*", "schedule-*-deletion", "disassociate-*", "revoke-*"]}},
              "unless": [{"flags": ["--dry-run", "--dryrun"]}, {"operand": {"position": 2, "equals": "help"}}]
            },
            {
              "id": "cloud.gcloud.project.delete",
              "category": "cloud",
              "flags": ["destructive", "irreversible"],
              "message": "deletes a whole Google Cloud project and everything in it",
              "alternative": "ask a human to delete projects",
              "match": {"action": "shell.exec", "program": "gcloud", "subcommand": ["projects delete", "alpha projects delete", "beta projects delete"]}
            },
            {
              "id": "cloud.gcloud.data.delete",
              "category": "cloud",
              "flags": ["destructive", "irreversible"],
              "message": "deletes a Google Cloud database, disk, snapshot, cluster or bucket with its data",
              "alternative": "take a backup or snapshot and ask a human",
              "match": [
                {"action": "shell.exec", "program": "gcloud",
                 "subcommand": ["sql instances delete", "sql databases delete", "sql backups delete", "compute disks delete", "compute snapshots delete",
                                "compute images delete", "container clusters delete", "spanner instances delete", "spanner databases delete",
                                "bigtable instances delete", "firestore databases delete", "redis instances delete", "filestore instances delete",
                                "storage buckets delete", "alloydb clusters delete", "bq rm",
                                "beta sql instances delete", "beta container clusters delete", "alpha storage buckets delete",
                                "beta compute disks delete", "alpha sql instances delete"]},
                {"action": "shell.exec", "program": "gcloud", "subcommand": ["storage rm", "alpha storage rm", "beta storage rm"],
                 "flags": ["-r", "-R", "--recursive", "-a", "--all-versions"]}
              ]
            },
            {
              "id": "cloud.gcloud.delete",
              "category": "cloud",
              "flags": ["destructive"],
              "message": "a gcloud command that deletes resources",
              "alternative": "describe the resource first and ask a human for production resources",
              "match": [
                {"action": "shell.exec", "program": "gcloud", "operand": {"equals": ["delete", "remove-iam-policy-binding", "rm", "destroy"]}},
                {"action": "shell.exec", "program": "bq", "subcommand": "rm"}
              ],
              "unless": [{"flags": ["--help", "-h"]}, {"operand": {"equals": "help"}}]
            },
            {
              "id": "cloud.gsutil.delete",
              "category": "cloud",
              "flags": ["destructive", "irreversible"],
              "message": "deletes Cloud Storage objects recursively or removes buckets",
              "alternative": "list what would go (gsutil ls -r) and ask a human",
              "match": [
                {"action": "shell.exec", "program": "gsutil", "subcommand": "rm", "flags": ["-r", "-R", "-a"]},
                {"action": "shell.exec", "program": "gsutil", "subcommand": "rb"},
                {"action": "shell.exec", "program": "gsutil", "subcommand": "rsync", "flags": ["-d"]}
              ],
              "unless": [{"flags": ["-n"], "subcommand": "rsync"}]
            },
            {
              "id": "cloud.gsutil.delete-object",
              "category": "cloud",
              "flags": ["destructive"],
              "message": "deletes Cloud Storage objects",
              "alternative": "copy the objects aside first, or rely on object versioning",
              "match": {"action": "shell.exec", "program": "gsutil", "subcommand": "rm"},
              "unless": [{"flags": ["-r", "-R", "-a"]}]
            },
            {
              "id": "cloud.azure.group.delete",
              "category": "cloud",
              "flags": ["destructive", "irreversible"],
              "message": "deletes an Azure resource group and every resource in it",
              "alternative": "ask a human to delete resource groups",
              "match": {"action": "shell.exec", "program": "az", "subcommand": "group delete"}
            },
            {
              "id": "cloud.azure.complete-deployment",
              "category": "cloud",
              "flags": ["destructive", "irreversible"],
              "message": "a Complete-mode deployment deletes every resource in the group that is not in the template",
              "alternative": "deploy in Incremental mode (the default), after az deployment group what-if",
              "match": {"action": "shell.exec", "program": "az", "subcommand": ["deployment group create", "group deployment create"],
                        "option": {"name": "--mode", "equals": "complete", "ignoreCase": true}}
            },
            {
              "id": "cloud.azure.data.delete",
              "category": "cloud",
              "flags": ["destructive", "irreversible"],
              "message": "deletes Azure storage, databases or clusters with their data",
              "alternative": "back up the data and ask a human",
              "match": {"action": "shell.exec", "program": "az",
                        "subcommand": ["storage account delete", "storage container delete", "storage blob delete-batch", "storage file delete-batch",
                                       "storage share delete", "storage fs delete", "sql db delete", "sql server delete", "cosmosdb delete",
                                       "cosmosdb sql database delete", "postgres flexible-server delete", "mysql flexible-server delete",
                                       "aks delete", "disk delete", "snapshot delete", "backup vault delete", "backup protection disable"]}
            },
            {
              "id": "cloud.azure.delete",
              "category": "cloud",
              "flags": ["destructive"],
              "message": "an az command that deletes resources",
              "alternative": "az … show the resource first and ask a human for production resources",
              "match": {"action": "shell.exec", "program": "az", "operand": {"equals": ["delete", "purge", "delete-batch", "remove"]}},
              "unless": [{"flags": ["--help", "-h"]}]
            },
            {
              "id": "cloud.other.delete",
              "category": "cloud",
              "flags": ["destructive"],
              "message": "a cloud CLI command that deletes servers, volumes, databases or other resources",
              "alternative": "ask a human to delete cloud resources",
              "match": [
                {"action": "shell.exec", "program": ["doctl", "hcloud", "linode-cli", "vultr-cli", "scw", "exo", "ibmcloud", "oci", "upcloud"],
                 "operand": {"equals": ["delete", "rm", "destroy", "terminate", "remove"]}},
                {"action": "shell.exec", "program": "wrangler", "operand": {"equals": ["delete"]}},
                {"action": "shell.exec", "program": "wrangler", "subcommand": ["r2 object delete", "kv key delete", "kv:key delete", "kv bulk delete", "kv:bulk delete"]}
              ],
              "unless": [{"flags": ["--help", "-h"]}]
            },
            {
              "id": "cloud.other.delete-data",
              "category": "cloud",
              "flags": ["destructive", "irreversible"],
              "message": "deletes a managed database, volume or bucket with its data",
              "alternative": "back up the data and ask a human",
              "match": [
                {"action": "shell.exec", "program": "doctl", "subcommand": ["databases delete", "compute volume delete", "compute snapshot delete", "databases db delete"]},
                {"action": "shell.exec", "program": "hcloud", "subcommand": ["volume delete", "server delete"]},
                {"action": "shell.exec", "program": "wrangler", "subcommand": ["d1 delete", "r2 bucket delete", "kv namespace delete", "kv:namespace delete", "vectorize delete", "queues delete"]}
              ]
            }
          ]
        }
        """#
}
