/// SQL statements and Redis/MongoDB commands that destroy data.
enum DatabasePack {
    /// The programs and action kinds the pack's rules apply to, so the pack is read only when an action needs it
    /// (checked against the JSON by `ClassificationPackTests`).
    static let scope = PackScope(
        programs: [
            "artisan", "django-admin", "django-admin.py", "dropdb", "dropuser", "manage.py", "php", "mysqladmin",
            "prisma", "python", "python3", "rails", "rake",
            "redis-cli",
        ],
        kinds: ["datastore.exec", "sql.exec"])

    /// The pack, read from `json` the first time it is needed, and its index.
    static let pack = BuiltInPack.read(json, name: "database")
    static let index = PackIndex(pack: pack)

    static let json = #"""
        {
          "pack": "database",
          "description": "SQL statements and Redis and MongoDB commands that drop, empty or overwrite data, and database CLIs that drop whole databases.",
          "programs": {
            "dropdb": {"optionsWithValue": ["-h", "--host", "-p", "--port", "-U", "--username", "--maintenance-db"]},
            "mysqladmin": {"optionsWithValue": ["-h", "--host", "-P", "--port", "-u", "--user", "-S", "--socket"]},
            "redis-cli": {"optionsWithValue": ["-h", "-p", "-a", "-u", "-n", "-s", "--user", "--pass", "-r", "-i"], "clustersShortOptions": false}
          },
          "rules": [
            {
              "id": "db.sql.drop-database",
              "category": "database",
              "flags": ["destructive", "irreversible"],
              "message": "DROP DATABASE or SCHEMA deletes every table and row in it",
              "alternative": "take a backup (pg_dump, mysqldump) and ask a human to drop databases",
              "match": {"action": "sql.exec", "kind": "DROP", "objectType": ["DATABASE", "SCHEMA"]}
            },
            {
              "id": "db.sql.drop-table",
              "category": "database",
              "flags": ["destructive", "irreversible"],
              "message": "DROP TABLE deletes the table and all its rows",
              "alternative": "rename the table (ALTER TABLE … RENAME) or back it up before dropping it",
              "match": {"action": "sql.exec", "kind": "DROP", "objectType": ["TABLE", "MATERIALIZED VIEW", "TABLESPACE", "COLLECTION"]}
            },
            {
              "id": "db.sql.drop-object",
              "category": "database",
              "flags": ["destructive"],
              "message": "DROP removes a database object (view, index, function, role, …)",
              "alternative": "check the object's definition and dependants first; write a migration that can be rolled back",
              "match": {"action": "sql.exec", "kind": "DROP"},
              "unless": [{"objectType": ["DATABASE", "SCHEMA", "TABLE", "MATERIALIZED VIEW", "TABLESPACE", "COLLECTION"]}]
            },
            {
              "id": "db.sql.truncate",
              "category": "database",
              "flags": ["destructive", "irreversible"],
              "message": "TRUNCATE deletes every row of the table",
              "alternative": "DELETE with a WHERE clause for the rows you mean, inside a transaction",
              "match": {"action": "sql.exec", "kind": "TRUNCATE"}
            },
            {
              "id": "db.sql.delete-all",
              "category": "database",
              "flags": ["destructive", "irreversible"],
              "message": "DELETE without WHERE deletes every row of the table",
              "alternative": "add a WHERE clause; run a SELECT COUNT(*) with it first",
              "match": {"action": "sql.exec", "kind": "DELETE", "hasWhereClause": false}
            },
            {
              "id": "db.sql.update-all",
              "category": "database",
              "flags": ["destructive", "irreversible"],
              "message": "UPDATE without WHERE overwrites a column in every row of the table",
              "alternative": "add a WHERE clause; run a SELECT with it first",
              "match": {"action": "sql.exec", "kind": "UPDATE", "hasWhereClause": false}
            },
            {
              "id": "db.sql.alter-drop",
              "category": "database",
              "flags": ["destructive", "irreversible"],
              "message": "ALTER … DROP removes a column, constraint or partition, with its data",
              "alternative": "write a reversible migration; back up the table first",
              "match": {"action": "sql.exec", "kind": "ALTER", "text": {"word": ["drop"], "ignoreCase": true}}
            },
            {
              "id": "db.sql.privileges",
              "category": "database",
              "flags": [],
              "message": "changes who may access the database (GRANT, REVOKE, roles and users)",
              "alternative": "ask a human to change database privileges",
              "match": [
                {"action": "sql.exec", "kind": ["GRANT", "REVOKE"]},
                {"action": "sql.exec", "kind": ["CREATE", "ALTER"], "objectType": ["USER", "ROLE"]}
              ]
            },
            {
              "id": "db.cli.drop-database",
              "category": "database",
              "flags": ["destructive", "irreversible"],
              "message": "drops a whole database from the command line",
              "alternative": "take a backup and ask a human to drop databases",
              "match": [
                {"action": "shell.exec", "program": "dropdb"},
                {"action": "shell.exec", "program": "mysqladmin", "subcommand": ["drop", "DROP"]},
                {"action": "shell.exec", "program": ["rails", "rake"], "subcommand": ["db:drop", "db:reset", "db:schema:load", "db:drop:all", "db:purge", "db:purge:all"]},
                {"action": "shell.exec", "program": "prisma", "subcommand": "db push", "flags": ["--force-reset", "--accept-data-loss"]},
                {"action": "shell.exec", "program": "prisma", "subcommand": "migrate reset"},
                {"action": "shell.exec", "program": ["python", "python3", "manage.py"], "subcommand": ["manage.py flush", "flush", "manage.py reset_db", "reset_db"]},
                {"action": "shell.exec", "program": ["django-admin", "django-admin.py"], "subcommand": ["flush", "reset_db"]},
                {"action": "shell.exec", "program": "php", "subcommand": ["artisan migrate:fresh", "artisan migrate:reset", "artisan migrate:refresh", "artisan db:wipe"]},
                {"action": "shell.exec", "program": "artisan", "subcommand": ["migrate:fresh", "migrate:reset", "migrate:refresh", "db:wipe"]},
                {"action": "shell.exec", "program": ["dropuser"]}
              ],
              "unless": [{"flags": ["--help", "--dry-run"]}]
            },
            {
              "id": "db.redis.flush",
              "category": "database",
              "flags": ["destructive", "irreversible"],
              "message": "FLUSHALL/FLUSHDB deletes every key in the Redis database",
              "alternative": "delete the specific keys you mean (SCAN with a pattern, then UNLINK)",
              "match": [
                {"action": "datastore.exec", "store": "redis", "command": {"equals": ["flushall", "flushdb"], "ignoreCase": true}},
                {"action": "shell.exec", "program": "redis-cli", "operand": {"position": 0, "equals": ["flushall", "flushdb"], "ignoreCase": true}}
              ]
            },
            {
              "id": "db.redis.server-control",
              "category": "database",
              "flags": ["destructive"],
              "message": "stops the Redis server, changes its configuration, or makes it a replica (which discards its data)",
              "alternative": "ask a human to change Redis server settings",
              "match": [
                {"action": "datastore.exec", "store": "redis",
                 "command": {"equals": ["shutdown", "debug", "replicaof", "slaveof", "swapdb", "failover", "config set",
                                        "config rewrite", "cluster reset", "acl deluser", "acl setuser", "script flush",
                                        "function flush", "module load", "module unload"], "ignoreCase": true}},
                {"action": "datastore.exec", "store": "redis",
                 "command": {"equals": ["config", "cluster", "acl", "script", "function", "module"], "ignoreCase": true},
                 "text": {"word": ["set", "rewrite", "reset", "deluser", "setuser", "flush", "load", "unload"], "ignoreCase": true}}
              ]
            },
            {
              "id": "db.redis.delete-pattern",
              "category": "database",
              "flags": ["destructive"],
              "message": "deletes Redis keys",
              "alternative": "check what the keys hold (TYPE, TTL) before deleting them, or set an expiry",
              "match": {"action": "datastore.exec", "store": "redis", "command": {"equals": ["del", "unlink", "getdel"], "ignoreCase": true},
                        "target": {"contains": ["*", "?"]}}
            },
            {
              "id": "db.mongo.drop-database",
              "category": "database",
              "flags": ["destructive", "irreversible"],
              "message": "dropDatabase deletes the database with all its collections",
              "alternative": "take a backup (mongodump) and ask a human to drop databases",
              "match": {"action": "datastore.exec", "store": "mongodb", "command": ["dropDatabase", "dropAllUsers", "dropAllRoles"]}
            },
            {
              "id": "db.mongo.drop-collection",
              "category": "database",
              "flags": ["destructive", "irreversible"],
              "message": "drop deletes the collection and every document in it",
              "alternative": "rename the collection or mongodump it first",
              "match": {"action": "datastore.exec", "store": "mongodb", "command": ["drop", "dropCollection", "dropIndexes", "dropIndex"]}
            },
            {
              "id": "db.mongo.delete-all",
              "category": "database",
              "flags": ["destructive", "irreversible"],
              "message": "deletes every document of the collection (the filter is empty)",
              "alternative": "give a filter for the documents you mean; count them first (countDocuments)",
              "match": {"action": "datastore.exec", "store": "mongodb", "command": ["deleteMany", "remove", "findAndModify", "bulkWrite"], "hasEmptyFilter": true}
            },
            {
              "id": "db.mongo.update-all",
              "category": "database",
              "flags": ["destructive"],
              "message": "updates or replaces every document of the collection (the filter is empty)",
              "alternative": "give a filter for the documents you mean; count them first (countDocuments)",
              "match": {"action": "datastore.exec", "store": "mongodb", "command": ["updateMany", "update", "replaceOne"], "hasEmptyFilter": true}
            }
          ]
        }
        """#
}
