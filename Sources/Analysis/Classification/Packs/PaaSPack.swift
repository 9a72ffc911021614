/// Platform CLIs (Railway, Fly, Heroku, Vercel, Netlify, Supabase, Neon, PlanetScale, Render) deleting apps,
/// databases, volumes and environments.
enum PaaSPack {
    /// The programs and action kinds the pack's rules apply to, so the pack is read only when an action needs it
    /// (checked against the JSON by `ClassificationPackTests`).
    static let scope = PackScope(
        programs: [
            "fly", "flyctl", "heroku", "neon", "neonctl", "netlify", "ntl", "pscale", "railway", "render", "supabase",
            "vc", "vercel",
        ],
        kinds: [])

    /// The pack, read from `json` the first time it is needed, and its index.
    static let pack = BuiltInPack.read(json, name: "paas")
    static let index = PackIndex(pack: pack)

    static let json = #"""
        {
          "pack": "paas",
          "description": "Railway, Fly.io, Heroku, Vercel, Netlify, Supabase, Neon, PlanetScale and Render CLI commands that delete projects, services, databases, volumes, environments and variables.",
          "programs": {
            "railway": {"optionsWithValue": ["-s", "--service", "-e", "--environment", "-p", "--project"]},
            "fly": {"optionsWithValue": ["-a", "--app", "-c", "--config", "-r", "--region", "-t", "--access-token", "-o", "--org"]},
            "flyctl": {"optionsWithValue": ["-a", "--app", "-c", "--config", "-r", "--region", "-t", "--access-token", "-o", "--org"]},
            "heroku": {"optionsWithValue": ["-a", "--app", "-r", "--remote", "--confirm"]},
            "vercel": {"optionsWithValue": ["-t", "--token", "-S", "--scope", "--cwd", "-A", "--local-config", "-e", "--env"]},
            "netlify": {"optionsWithValue": ["--site", "--auth", "--filter", "--context"]},
            "supabase": {"optionsWithValue": ["--project-ref", "--db-url", "--workdir", "-o", "--output", "--profile", "--org-id"]},
            "neonctl": {"optionsWithValue": ["--project-id", "--api-key", "--org-id", "-o", "--output", "--context-file", "--branch"]},
            "neon": {"optionsWithValue": ["--project-id", "--api-key", "--org-id", "-o", "--output", "--context-file", "--branch"]},
            "pscale": {"optionsWithValue": ["--org", "--service-token", "--service-token-id", "-f", "--format"]},
            "render": {"optionsWithValue": ["-o", "--output"]}
          },
          "rules": [
            {
              "id": "paas.railway.delete",
              "category": "paas",
              "flags": ["destructive", "irreversible"],
              "message": "deletes a Railway project, service, environment or volume, with its data",
              "alternative": "ask a human to delete Railway resources from the dashboard",
              "match": [
                {"action": "shell.exec", "program": "railway",
                 "subcommand": ["delete", "volume delete", "volume rm", "environment delete", "environment rm", "env delete", "service delete",
                                "project delete", "volume detach"]}
              ],
              "unless": [{"flags": ["--help", "-h"]}]
            },
            {
              "id": "paas.railway.down",
              "category": "paas",
              "flags": ["destructive"],
              "message": "railway down removes the latest deployment of the service",
              "alternative": "redeploy a known-good version instead, or ask a human",
              "match": {"action": "shell.exec", "program": "railway", "subcommand": "down"},
              "unless": [{"flags": ["--help", "-h"]}]
            },
            {
              "id": "paas.railway.variables-delete",
              "category": "paas",
              "flags": ["destructive"],
              "message": "removes Railway variables the service depends on",
              "alternative": "ask a human to change production variables",
              "match": {"action": "shell.exec", "program": "railway", "subcommand": ["variables delete", "variable delete", "variables rm"]}
            },
            {
              "id": "paas.fly.destroy-app",
              "category": "paas",
              "flags": ["destructive", "irreversible"],
              "message": "destroys a Fly app, volume, database or storage with its data",
              "alternative": "scale the app to zero or suspend it, and ask a human to destroy it",
              "match": {"action": "shell.exec", "program": ["fly", "flyctl"],
                        "subcommand": ["destroy", "apps destroy", "apps delete", "apps remove", "app destroy", "volumes destroy", "volumes delete",
                                       "volume destroy", "volume delete", "vol destroy", "vol delete", "volumes rm", "postgres destroy", "pg destroy",
                                       "mpg destroy", "redis destroy", "storage destroy", "mysql destroy", "consul detach", "postgres detach",
                                       "pg detach", "litefs-cloud clusters destroy", "extensions tigris destroy"]}
            },
            {
              "id": "paas.fly.machines-destroy",
              "category": "paas",
              "flags": ["destructive"],
              "message": "destroys Fly machines (their local storage goes with them)",
              "alternative": "fly machine stop, or scale down with fly scale count",
              "match": [
                {"action": "shell.exec", "program": ["fly", "flyctl"],
                 "subcommand": ["machines destroy", "machine destroy", "machines remove", "machine remove", "machines rm", "machine rm",
                                "m destroy", "m remove", "m rm", "machines kill", "machine kill"]},
                {"action": "shell.exec", "program": ["fly", "flyctl"], "subcommand": "scale count", "operand": {"equals": "0"}}
              ]
            },
            {
              "id": "paas.fly.secrets-unset",
              "category": "paas",
              "flags": ["destructive"],
              "message": "removes secrets from a Fly app (and restarts it)",
              "alternative": "ask a human to change production secrets",
              "match": {"action": "shell.exec", "program": ["fly", "flyctl"], "subcommand": ["secrets unset", "secrets rm", "secret unset", "ips release", "certs remove", "certs delete"]}
            },
            {
              "id": "paas.heroku.destroy",
              "category": "paas",
              "flags": ["destructive", "irreversible"],
              "message": "destroys a Heroku app, add-on or database (pg:reset wipes the database)",
              "alternative": "capture a backup (heroku pg:backups:capture) and ask a human",
              "match": {"action": "shell.exec", "program": "heroku",
                        "subcommand": ["apps:destroy", "destroy", "apps:delete", "addons:destroy", "addons:remove", "addons:delete", "pg:reset",
                                       "pg:backups:delete", "pg:backups:destroy", "redis:reset", "spaces:destroy", "pg:unfollow", "pg:killall"]}
            },
            {
              "id": "paas.heroku.disrupt",
              "category": "paas",
              "flags": ["destructive"],
              "message": "stops dynos, rolls back a release, or removes config vars or domains of a Heroku app",
              "alternative": "ask a human to change production apps",
              "match": [
                {"action": "shell.exec", "program": "heroku",
                 "subcommand": ["config:unset", "config:remove", "releases:rollback", "rollback", "domains:remove", "domains:clear",
                                "ps:stop", "ps:kill", "ps:restart", "access:remove", "maintenance:on"]},
                {"action": "shell.exec", "program": "heroku", "subcommand": ["ps:scale", "scale", "ps:resize"], "operand": {"glob": ["*=0", "*=0:*"]}}
              ]
            },
            {
              "id": "paas.vercel.remove",
              "category": "paas",
              "flags": ["destructive", "irreversible"],
              "message": "removes Vercel deployments or a whole project",
              "alternative": "ask a human to remove deployments and projects",
              "match": {"action": "shell.exec", "program": ["vercel", "vc"], "subcommand": ["remove", "rm", "project rm", "project remove", "projects rm", "projects remove"]}
            },
            {
              "id": "paas.vercel.config-remove",
              "category": "paas",
              "flags": ["destructive"],
              "message": "removes Vercel environment variables, domains, DNS records or aliases",
              "alternative": "ask a human to change production configuration",
              "match": {"action": "shell.exec", "program": ["vercel", "vc"], "subcommand": ["env rm", "env remove", "domains rm", "domains remove", "dns rm", "dns remove",
                                                                                         "alias rm", "alias remove", "secrets rm", "secrets remove", "certs rm", "rollback", "promote"]}
            },
            {
              "id": "paas.netlify.delete",
              "category": "paas",
              "flags": ["destructive", "irreversible"],
              "message": "deletes a Netlify site with its deploys",
              "alternative": "ask a human to delete sites",
              "match": {"action": "shell.exec", "program": ["netlify", "ntl"], "subcommand": ["sites:delete", "sites delete"]}
            },
            {
              "id": "paas.netlify.config-remove",
              "category": "paas",
              "flags": ["destructive"],
              "message": "removes Netlify environment variables or stored blobs",
              "alternative": "ask a human to change production configuration",
              "match": {"action": "shell.exec", "program": ["netlify", "ntl"], "subcommand": ["env:unset", "env unset", "env:delete", "env:rm", "blobs:delete", "blobs delete"]}
            },
            {
              "id": "paas.supabase.db-reset-remote",
              "category": "paas",
              "flags": ["destructive", "irreversible"],
              "message": "supabase db reset against a linked or remote database drops all its data",
              "alternative": "reset only the local database (supabase db reset without --linked), and ask a human for remote ones",
              "match": {"action": "shell.exec", "program": "supabase", "subcommand": "db reset", "flags": ["--linked", "--db-url"]}
            },
            {
              "id": "paas.supabase.db-reset-local",
              "category": "paas",
              "flags": ["destructive"],
              "message": "supabase db reset drops and recreates the local database",
              "alternative": "dump local data you need first (supabase db dump --local --data-only)",
              "match": {"action": "shell.exec", "program": "supabase", "subcommand": "db reset"},
              "unless": [{"flags": ["--linked", "--db-url"]}]
            },
            {
              "id": "paas.supabase.delete",
              "category": "paas",
              "flags": ["destructive", "irreversible"],
              "message": "deletes a Supabase project, branch, function, secret or stored files",
              "alternative": "ask a human to delete Supabase resources",
              "match": {"action": "shell.exec", "program": "supabase",
                        "subcommand": ["projects delete", "branches delete", "functions delete", "secrets unset", "storage rm", "sso remove", "domains delete",
                                       "vanity-subdomains delete"]}
            },
            {
              "id": "paas.neon.delete",
              "category": "paas",
              "flags": ["destructive", "irreversible"],
              "message": "deletes a Neon project, branch, database or role, or resets a branch (its data is replaced)",
              "alternative": "create a new branch instead of resetting; ask a human to delete",
              "match": {"action": "shell.exec", "program": ["neonctl", "neon"],
                        "subcommand": ["projects delete", "project delete", "branches delete", "branch delete", "branches reset", "branch reset",
                                       "branches restore", "branch restore", "databases delete", "database delete", "db delete", "roles delete", "role delete"]}
            },
            {
              "id": "paas.planetscale.delete",
              "category": "paas",
              "flags": ["destructive", "irreversible"],
              "message": "deletes a PlanetScale database, branch, backup or password",
              "alternative": "ask a human to delete PlanetScale resources",
              "match": {"action": "shell.exec", "program": "pscale",
                        "subcommand": ["database delete", "db delete", "branch delete", "backup delete", "password delete", "keyspace delete"]}
            },
            {
              "id": "paas.render.delete",
              "category": "paas",
              "flags": ["destructive", "irreversible"],
              "message": "deletes a Render service or database",
              "alternative": "suspend the service and ask a human to delete it",
              "match": {"action": "shell.exec", "program": "render", "operand": {"equals": ["delete", "destroy"]}}
            }
          ]
        }
        """#
}
